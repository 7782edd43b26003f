"""The interface's translation catalogues (mgi/locale/<language>/LC_MESSAGES/django.po):
which entries still need a translator, and which lost a placeholder on the way."""

import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
# %(name)s and %(count)d, as Django writes {{ name }} of a blocktranslate into its msgid.
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]")


@dataclass(frozen=True)
class CatalogueProblem:
    language: str
    location: str  # "portal/templates/portal/profile.html:14", or the .po file for its header
    msgid: str
    problem: str  # "untranslated", "fuzzy" or what is wrong with a placeholder

    def __str__(self) -> str:
        return f"{self.language} {self.location}: {self.problem}: {self.msgid!r}"


def catalogue_paths() -> dict[str, Path]:
    """Language code -> its .po file."""
    return {path.parents[1].name: path for path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))}


def catalogue_problems(language: str, path: Path) -> list[CatalogueProblem]:
    """Entries left untranslated or fuzzy (neither is compiled), and broken placeholders."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    problems = []
    if catalog.fuzzy:
        # A catalogue whose header is fuzzy is not compiled at all.
        problems.append(CatalogueProblem(language, path.name, "", "fuzzy header"))
    for message in catalog:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (message.string,) if isinstance(message.string, str) else message.string
        where = ", ".join(f"{file}:{line}" for file, line in message.locations[:1]) or path.name
        problem = _problem(message.fuzzy, ids, tuple(strings or ("",)))
        if problem:
            problems.append(CatalogueProblem(language, where, ids[0], problem))
    return problems


def _problem(fuzzy: bool, ids: tuple[str, ...], strings: tuple[str, ...]) -> str | None:
    if fuzzy:
        return "fuzzy"
    if not all(strings):
        return "untranslated"
    wanted = {p for text in ids for p in _PLACEHOLDER.findall(text)}
    for text in strings:
        found = set(_PLACEHOLDER.findall(text))
        if found - wanted:
            return f"unknown placeholder {', '.join(sorted(found - wanted))}"
        # A plural's singular may leave out the number ("the one row"); other texts keep all.
        if len(ids) == 1 and wanted - found:
            return f"missing placeholder {', '.join(sorted(wanted - found))}"
        if "%" in _PLACEHOLDER.sub("", text).replace("%%", "") and any("%(" in i for i in ids):
            return "a lone % (write %% for a percent sign)"
    return None


def compile_catalogues() -> list[Path]:
    """Write each .po's .mo beside it (fuzzy entries left out), as GNU msgfmt would, but with
    Babel, so installing needs no gettext. Unchanged .mo files keep their bytes but are marked
    as fresh, so that a .po edited in comments only does not look newer than what it compiles to."""
    written = []
    for path in catalogue_paths().values():
        with path.open("rb") as handle:
            catalog = read_po(handle)
        compiled = io.BytesIO()
        write_mo(compiled, catalog, use_fuzzy=False)
        target = path.with_suffix(".mo")
        if not target.exists() or target.read_bytes() != compiled.getvalue():
            target.write_bytes(compiled.getvalue())
            written.append(target)
        else:
            target.touch()
    return written


if __name__ == "__main__":
    for target in compile_catalogues():
        print(f"compiled {target.relative_to(LOCALE_DIR.parent.parent)}")
