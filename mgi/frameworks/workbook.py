"""Framework files as XLSX workbooks, in the same fields as the YAML files.

One sheet per level: `framework` (field and value rows), `scales` (a row per option), `domains`,
`areas` and `indicators` (a row each). A column is a field; a dot names a part of it:
`name.en` is the English name, `statements.complete.fr` the French statement for the option
`complete`. A column without a language (`name`) holds a text that is the same in every
language. Lists (`aliases`, `keywords`, `crosswalk`) are written in one cell, separated by `;`.
Areas name their domain by number, indicators their domain and area.

A workbook is read into the same data as a YAML file and checked by the same rules; its errors
name the sheet, row and column instead of the line.
"""

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from mgi.frameworks.files import FrameworkFile, FrameworkFileError, checked_framework
from mgi.lib.spreadsheet_limits import SheetTooLarge, bounded_rows, open_workbook_for_reading
from mgi.lib.spreadsheet_text import put_text, text_from_cell

SHEETS = ("framework", "scales", "domains", "areas", "indicators")
# Only a framework with competences (a local one) has this sheet.
OPTIONAL_SHEETS = ("competences",)
ALL_SHEETS = SHEETS + OPTIONAL_SHEETS
LIST_SEPARATOR = ";"
LIST_FIELDS = {"aliases", "keywords", "crosswalk"}
NUMBER_FIELDS = {"format", "number", "value", "domain", "area"}
# Columns that place a row, not fields of it.
PLACING = {
    "scales": ("scale", "option"),
    "areas": ("domain",),
    "indicators": ("domain", "area"),
}
FIRST_COLUMNS = {
    "competences": ["code"],
    "scales": ["scale", "option", "value"],
    "domains": ["number", "slug", "code", "colour"],
    "areas": ["domain", "number"],
    "indicators": ["domain", "area", "code", "scale"],
}
# A framework has a few hundred indicators and, per language, a few dozen text columns.
MAX_SHEET_ROWS = 20_000
MAX_SHEET_COLUMNS = 300


# Writing ---------------------------------------------------------------------------------------


def write_framework_workbook(data: dict) -> bytes:
    """The framework's data (as read from a YAML file) as an XLSX workbook."""
    book = Workbook()
    book.remove(book.active)
    top = {
        key: value for key, value in data.items() if key not in ("scales", "domains", "competences")
    }
    _write_sheet(book, "framework", ["field", "value"], _flatten(top).items())
    scale_rows = [
        {"scale": scale["code"], "option": option["code"], **_option_fields(option)}
        for scale in data["scales"]
        for option in scale["options"]
    ]
    domain_rows, area_rows, indicator_rows = [], [], []
    for domain in data["domains"]:
        domain_rows.append({k: v for k, v in domain.items() if k != "areas"})
        for area in domain["areas"]:
            area_rows.append(
                {"domain": domain["number"], **{k: v for k, v in area.items() if k != "indicators"}}
            )
            for indicator in area["indicators"]:
                indicator_rows.append(
                    {"domain": domain["number"], "area": area["number"], **indicator}
                )
    sheets = [
        ("scales", scale_rows),
        ("domains", domain_rows),
        ("areas", area_rows),
        ("indicators", indicator_rows),
    ]
    if "competences" in data:
        sheets.append(("competences", data["competences"]))
    for name, rows in sheets:
        flat = [_flatten(row) for row in rows]
        columns = _columns(FIRST_COLUMNS[name], flat)
        _write_sheet(book, name, columns, ([row.get(c) for c in columns] for row in flat))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _option_fields(option: dict) -> dict:
    fields = {k: v for k, v in option.items() if k != "code"}
    fields.setdefault("value", None)
    return fields


def _flatten(entry: dict, prefix: str = "") -> dict:
    """{"name": {"en": "A"}, "aliases": ["B", "C"]} -> {"name.en": "A", "aliases": "B; C"}"""
    flat = {}
    for key, value in entry.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = f"{LIST_SEPARATOR} ".join(str(item) for item in value)
        else:
            flat[name] = value
    return flat


def _columns(first: list[str], rows: list[dict]) -> list[str]:
    seen = dict.fromkeys(first)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _write_sheet(book: Workbook, name: str, header: list[str], rows) -> None:
    sheet = book.create_sheet(name)
    for number, values in enumerate([header, *rows], start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, str):
                put_text(cell, value)  # a text starting with "=" stays text
            else:
                cell.value = value
    # Codes such as 1.10 stay text when edited: Excel would otherwise read them as numbers.
    for index, column in enumerate(header, start=1):
        if column not in NUMBER_FIELDS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "@"
    sheet.freeze_panes = "A2"


# Reading ---------------------------------------------------------------------------------------


class _Located:
    """Builds the framework's data and remembers where in the workbook each part came from."""

    def __init__(self, path: Path):
        self.path = path
        self.places: dict[tuple, tuple[int, int, int]] = {}  # data path -> (sheet, row, column)

    def mark(self, json_path: tuple, sheet: str, row: int, column: int = 0) -> None:
        self.places.setdefault(json_path, (ALL_SHEETS.index(sheet), row, column))

    def locate(self, json_path: list) -> tuple[tuple, str]:
        """The sheet, row and column of a part of the data (or of its nearest parent)."""
        steps = tuple(json_path)
        while steps and steps not in self.places:
            steps = steps[:-1]
        sheet, row, column = self.places.get(steps, (0, 1, 0))
        return (sheet, row, column), _where(ALL_SHEETS[sheet], row, column)

    def fail(self, sheet: str, row: int, column: int, message: str):
        raise FrameworkFileError(f"{self.path}, {_where(sheet, row, column)}: {message}")


def _where(sheet: str, row: int, column: int) -> str:
    column_text = f", column {get_column_letter(column)}" if column else ""
    return f"sheet '{sheet}', row {row}{column_text}"


def read_framework_workbook(path: Path) -> FrameworkFile:
    """Read, then check as a YAML file is checked; raise on the first problem."""
    located = _Located(path)
    sheets = _open_sheets(path)
    data = _framework_fields(sheets["framework"], located)
    data["scales"] = _scales(sheets["scales"], located)
    data["domains"] = _domains(sheets, located)
    if "competences" in sheets:
        data["competences"] = [
            _entry(cells, "competences", row_number, located, ("competences", index))
            for index, (row_number, cells) in enumerate(
                _records(sheets["competences"], "competences", located)
            )
        ]
    return checked_framework(path, data, located.locate)


def _open_sheets(path: Path) -> dict[str, list[tuple]]:
    if not path.is_file():
        raise FrameworkFileError(f"{path}: no such file")
    try:
        book = open_workbook_for_reading(path)
        try:
            sheets = {
                name: [
                    tuple(text_from_cell(value) for value in row)
                    for row in bounded_rows(book[name], MAX_SHEET_ROWS, MAX_SHEET_COLUMNS)
                ]
                for name in book.sheetnames
                if name in ALL_SHEETS
            }
        finally:
            book.close()
    except SheetTooLarge as error:
        raise FrameworkFileError(f"{path}: {_too_large(error)}") from None
    except Exception:
        # openpyxl parses the file's zip and XML streams: damage surfaces as any of a dozen
        # exception types (zlib, XML parser, descriptors, ...), none of them a fault of ours.
        raise FrameworkFileError(
            f"{path}: not an XLSX workbook, or it is damaged or truncated"
        ) from None
    missing = [name for name in SHEETS if name not in sheets]
    if missing:
        raise FrameworkFileError(
            f"{path}: no sheet {', '.join(repr(m) for m in missing)} "
            f"(a framework workbook has the sheets {', '.join(SHEETS)})"
        )
    return sheets


def _too_large(error: SheetTooLarge) -> str:
    if error.limit == "columns":
        return (
            f"sheet '{error.sheet}': a value lies beyond column "
            f"{get_column_letter(error.allowed)}; a framework sheet has at most "
            f"{error.allowed} columns"
        )
    if error.limit == "rows":
        return (
            f"sheet '{error.sheet}': a value lies beyond row {error.allowed}; a framework sheet "
            f"has at most {error.allowed} rows"
        )
    return f"sheet '{error.sheet}' spans more than {error.allowed} cells"


def _framework_fields(rows: list[tuple], located: _Located) -> dict:
    data: dict = {}
    for row_number, row in enumerate(rows[1:], start=2):
        field, value = (list(row) + [None, None])[:2]
        if _blank(field) and _blank(value):
            continue
        if _blank(field):
            located.fail("framework", row_number, 1, "a value without a field name")
        _put(data, str(field).strip(), value, located, ("framework", row_number, 2), ())
    return data


def _records(rows: list[tuple], sheet: str, located: _Located):
    """Each non-empty row as (row number, {column name: (value, column number)})."""
    if not rows:
        located.fail(sheet, 1, 0, "the sheet is empty: its first row names the columns")
    header = [None if _blank(name) else str(name).strip() for name in rows[0]]
    for row_number, row in enumerate(rows[1:], start=2):
        cells = {}
        for column, (name, value) in enumerate(zip(header, row, strict=False), start=1):
            if _blank(value):
                continue
            if name is None:
                located.fail(sheet, row_number, column, "a value in a column without a name")
            cells[name] = (value, column)
        if cells:
            yield row_number, cells


def _entry(cells: dict, sheet: str, row: int, located: _Located, json_path: tuple) -> dict:
    located.mark(json_path, sheet, row)
    entry: dict = {}
    for name, (value, column) in cells.items():
        if name in PLACING.get(sheet, ()):
            continue
        _put(entry, name, value, located, (sheet, row, column), json_path)
    return entry


def _put(entry: dict, name: str, value, located: _Located, where: tuple, json_path: tuple):
    """Set a field from a column name such as `name.en` and a cell value."""
    sheet, row, column = where
    parts = name.split(".")
    target = entry
    for depth, part in enumerate(parts[:-1]):
        existing = target.setdefault(part, {})
        if not isinstance(existing, dict):
            located.fail(sheet, row, column, f"'{'.'.join(parts[: depth + 1])}' is filled in too")
        target = existing
    field = parts[-1]
    if field in target:
        located.fail(sheet, row, column, f"'{name}' is given twice")
    target[field] = _cell(parts[0], value)
    for depth in range(1, len(parts) + 1):
        located.mark(json_path + tuple(parts[:depth]), sheet, row, column)


def _cell(field: str, value):
    if field in LIST_FIELDS:
        return [item.strip() for item in str(value).split(LIST_SEPARATOR) if item.strip()]
    if field in NUMBER_FIELDS:
        return _number(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a version or code typed as a number: 2019, not 2019.0
    return value if isinstance(value, str) else str(value)


def _number(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return value  # the schema names the field that should be a number
        return int(number) if number.is_integer() else number
    return value


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _scales(rows: list[tuple], located: _Located) -> list[dict]:
    scales: list[dict] = []
    index_of: dict[str, int] = {}  # scale code -> its place in `scales`
    for row_number, cells in _records(rows, "scales", located):
        code = str(cells.get("scale", ("", 0))[0]).strip()
        if not code:
            located.fail("scales", row_number, 1, "the row names no scale")
        if code not in index_of:
            index_of[code] = len(scales)
            scales.append({"code": code, "options": []})
        index = index_of[code]
        scale = scales[index]
        located.mark(("scales", index), "scales", row_number)
        option_path = ("scales", index, "options", len(scale["options"]))
        option = _entry(cells, "scales", row_number, located, option_path)
        if "option" in cells:
            option = {"code": _cell("code", cells["option"][0]), **option}
            located.mark(option_path + ("code",), "scales", row_number, cells["option"][1])
        option.setdefault("value", None)  # an empty value cell: an option that counts as none
        scale["options"].append(option)
    return scales


def _domains(sheets: dict, located: _Located) -> list[dict]:
    domains = []
    for row_number, cells in _records(sheets["domains"], "domains", located):
        path = ("domains", len(domains))
        domains.append(_entry(cells, "domains", row_number, located, path) | {"areas": []})
    by_number = {domain.get("number"): (index, domain) for index, domain in enumerate(domains)}
    for row_number, cells in _records(sheets["areas"], "areas", located):
        index, domain = _parent(by_number, cells, "domain", "areas", row_number, located)
        path = ("domains", index, "areas", len(domain["areas"]))
        domain["areas"].append(
            _entry(cells, "areas", row_number, located, path) | {"indicators": []}
        )
    for row_number, cells in _records(sheets["indicators"], "indicators", located):
        d_index, domain = _parent(by_number, cells, "domain", "indicators", row_number, located)
        areas = {area.get("number"): (i, area) for i, area in enumerate(domain["areas"])}
        a_index, area = _parent(areas, cells, "area", "indicators", row_number, located)
        path = ("domains", d_index, "areas", a_index, "indicators", len(area["indicators"]))
        area["indicators"].append(_entry(cells, "indicators", row_number, located, path))
    return domains


def _parent(known: dict, cells: dict, column: str, sheet: str, row: int, located: _Located):
    """The domain (or area) a row belongs to, by the number in its `domain` (`area`) column."""
    value, number = cells.get(column, (None, 0))
    found = known.get(_number(value)) if value is not None else None
    if found is None:
        if value is None:
            message = f"the row names no {column} (column '{column}')"
        elif column == "domain":
            message = f"domain {value} is not in the sheet 'domains'"
        else:
            message = f"area {value} of this domain is not in the sheet 'areas'"
        located.fail(sheet, row, number, message)
    return found
