"""Read and validate framework files before anything is written."""

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

from mgi.frameworks.local_rules import check_local_rules, codes_in_file

SCHEMA_PATH = Path(__file__).parent / "schema" / "framework.schema.json"
BUNDLED_DIR = Path(__file__).parent / "data"
NATIONAL_FRAMEWORK = BUNDLED_DIR / "mgi-national.yaml"
SDG_FRAMEWORK = BUNDLED_DIR / "sdg-10-7-2.yaml"
LOCAL_FRAMEWORK = BUNDLED_DIR / "mgi-local.yaml"


class FrameworkFileError(ValueError):
    """A framework file that cannot be loaded; the message names the file, line, entry and field."""


@dataclass(frozen=True)
class FrameworkFile:
    path: Path
    data: dict
    checksum: str


@lru_cache(maxsize=1)
def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


class AliasFreeLoader(yaml.SafeLoader):
    """YAML without aliases (`*name`): a framework file needs none, and a few nested aliases
    ("billion laughs") expand to more entries than any check could walk."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None,
                None,
                "aliases (*name) are not allowed in a framework file; write the entries out",
                self.peek_event().start_mark,
            )
        return super().compose_node(parent, index)


def read_framework_file(path: Path | str) -> FrameworkFile:
    """Parse, schema-check and rule-check a framework file (YAML, or an XLSX workbook in the
    same fields: see workbook.py); raise on the first problem."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from mgi.frameworks.workbook import read_framework_workbook  # it imports this module

        return read_framework_workbook(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FrameworkFileError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise FrameworkFileError(f"{path}: not UTF-8 text (byte {error.start})") from None
    try:
        root = yaml.compose(text, Loader=AliasFreeLoader)
        data = yaml.load(text, Loader=AliasFreeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise FrameworkFileError(f"{path}{where}: not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise FrameworkFileError(
            f"{path}, line 1: the file must hold a mapping (format, code, ...)"
        )

    return checked_framework(path, data, lambda json_path: _line_location(root, json_path))


def checked_framework(path: Path, data: dict, locate) -> FrameworkFile:
    """Schema, then rules, whatever the file's format; raise on the first problem, in the order
    of the file. The checksum depends on the data alone, so a YAML file and a workbook that hold
    the same framework load as the same.

    `locate(json_path)` gives where a part of the data is written, as (a key that sorts in the
    file's order, its description such as "line 12").
    """
    errors = list(_schema_validator().iter_errors(data))
    if errors:
        first = min(errors, key=lambda e: (locate(list(e.absolute_path))[0], len(e.path)))
        raise FrameworkFileError(_describe_schema_error(path, locate, data, first))
    check_framework_rules(path, locate, data)
    checksum = hashlib.sha256(
        json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return FrameworkFile(path=path, data=data, checksum=checksum)


def _line_location(root: yaml.Node, json_path: list) -> tuple[tuple, str]:
    line = _line_of(root, json_path)
    return (line,), f"line {line}"


def _line_of(root: yaml.Node, json_path: list) -> int:
    """The 1-based line where the value at json_path starts (its nearest existing parent's)."""
    node = root
    for step in json_path:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == step), None)
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value)
        ):
            match = node.value[step]
        else:
            match = None
        if match is None:
            break
        node = match
    return node.start_mark.line + 1


def _entry_path(json_path: list) -> str:
    text = ""
    for step in json_path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or "(top level)"


def _entry_label(data: dict, json_path: list) -> str:
    """A human name for the entry ("indicator 1.2.3", "domain 2") the path points into."""
    label, node = "", data
    for step in json_path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            if "code" in node and ("question" in node or "scale" in node):
                label = f"indicator {node['code']}"
            elif "areas" in node and "number" in node:
                label = f"domain {node['number']}"
            elif "indicators" in node and "number" in node:
                label = f"{label}, area {node['number']}" if label else f"area {node['number']}"
    return label


def _split_entry_and_field(json_path: list) -> tuple[list, str | None]:
    """Paths end in a field name when the error is about one field of an entry."""
    if json_path and isinstance(json_path[-1], str):
        return json_path[:-1], json_path[-1]
    return json_path, None


def _describe_schema_error(path: Path, locate, data: dict, error) -> str:
    json_path = list(error.absolute_path)
    entry_path, field = _split_entry_and_field(json_path)
    if error.validator == "required":
        message = error.message.replace("is a required property", "is missing")
        field = None
    elif error.validator == "additionalProperties":
        unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        message = f"unknown field {', '.join(repr(name) for name in unknown)}"
        json_path = json_path + unknown[:1]  # where the unknown field is written
    elif (
        error.validator == "oneOf"
        and "oneOf" in error.schema
        and any(s.get("type") == "string" for s in error.schema["oneOf"])
    ):
        message = "must be a non-empty text, or a mapping of language codes (en, es, fr) to texts"
    else:
        message = error.message
    where = locate(json_path)[1]
    return format_problem(path, where, data, entry_path, field, message)


def format_problem(path, where: str, data, entry_path, field, message) -> str:
    label = _entry_label(data, entry_path)
    entry = _entry_path(entry_path) + (f" ({label})" if label else "")
    field_text = f", field '{field}'" if field else ""
    return f"{path}, {where}: {entry}{field_text}: {message}"


def check_framework_rules(path: Path, locate, data: dict) -> None:
    """Rules the schema cannot say: uniqueness, code prefixes, references to scales."""

    def fail(json_path: list, field: str | None, message: str):
        where = locate(json_path + ([field] if field else []))[1]
        raise FrameworkFileError(format_problem(path, where, data, json_path, field, message))

    scales = {}
    for s_index, scale in enumerate(data["scales"]):
        if scale["code"] in scales:
            fail(["scales", s_index], "code", f"scale {scale['code']!r} is defined twice")
        option_codes = [option["code"] for option in scale["options"]]
        for o_index, code in enumerate(option_codes):
            if option_codes.index(code) != o_index:
                fail(["scales", s_index, "options", o_index], "code", f"option {code!r} repeats")
        scales[scale["code"]] = set(option_codes)

    seen_numbers, seen_slugs, seen_codes = set(), set(), set()
    for d_index, domain in enumerate(data["domains"]):
        domain_path = ["domains", d_index]
        if domain["number"] in seen_numbers:
            fail(domain_path, "number", f"domain number {domain['number']} is used twice")
        if domain["slug"] in seen_slugs:
            fail(domain_path, "slug", f"domain slug {domain['slug']!r} is used twice")
        seen_numbers.add(domain["number"])
        seen_slugs.add(domain["slug"])
        area_numbers = set()
        for a_index, area in enumerate(domain["areas"]):
            area_path = domain_path + ["areas", a_index]
            if area["number"] in area_numbers:
                fail(area_path, "number", f"area number {area['number']} is used twice")
            area_numbers.add(area["number"])
            for i_index, indicator in enumerate(area["indicators"]):
                indicator_path = area_path + ["indicators", i_index]
                code = indicator["code"]
                if code in seen_codes:
                    fail(indicator_path, "code", f"indicator code {code!r} is used twice")
                seen_codes.add(code)
                expected = _expected_code_prefix(code, domain["number"], area["number"])
                if expected:
                    fail(indicator_path, "code", expected)
                if indicator["scale"] not in scales:
                    known = ", ".join(sorted(scales))
                    fail(
                        indicator_path, "scale", f"no scale {indicator['scale']!r} (known: {known})"
                    )
                for outcome in indicator.get("statements", {}):
                    if outcome not in scales[indicator["scale"]]:
                        fail(
                            indicator_path,
                            "statements",
                            f"{outcome!r} is not an option of scale {indicator['scale']!r}",
                        )
    check_local_rules(data, fail, national_indicator_codes)


def national_indicator_codes(code: str) -> frozenset[str] | None:
    """The indicator codes of the national framework a local file mirrors: the file shipped
    with the platform, else the newest loaded version; None if there is neither."""
    shipped = BUNDLED_DIR / f"{code}.yaml"
    if shipped.exists():
        return codes_in_file(str(shipped), shipped.stat().st_mtime)
    # Only a file that mirrors a framework not shipped here needs the database.
    from mgi.frameworks.models import Indicator

    framework = (
        Indicator.objects.filter(framework__code=code)
        .order_by("-framework__loaded_at")
        .values_list("framework_id", flat=True)
        .first()
    )
    if framework is None:
        return None
    return frozenset(
        Indicator.objects.filter(framework_id=framework).values_list("code", flat=True)
    )


def _expected_code_prefix(code: str, domain_number: int, area_number: int) -> str | None:
    """A message if the code does not sit in its domain (and area, for dotted codes)."""
    parts = code.split(".")
    if len(parts) == 1:
        digits = code.rstrip("abcdefghijklmnopqrstuvwxyz")
        if digits != str(domain_number):
            return f"code {code!r} must start with its domain number {domain_number}"
        return None
    if parts[0] != str(domain_number) or parts[1] != str(area_number):
        return f"code {code!r} must start with '{domain_number}.{area_number}.' (domain.area)"
    return None
