"""Rules only a local framework has: competences, three languages, mirrors of national indicators.

A local file is read beside the national framework it mirrors, so that a `mirrors` code that
names no national indicator is refused before anything is written.
"""

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

LOCAL_LANGUAGES = ("en", "es", "fr")
# The answer option of a local scale for an indicator whose competence the authority lacks;
# like "not applicable", it carries no value.
OUTSIDE_COMPETENCE = "outside_competence"


def check_local_rules(data: dict, fail: Callable, national_codes: Callable) -> None:
    """`fail(json_path, field, message)` raises; `national_codes(code)` gives the indicator codes
    of the national framework `code`, or None if there is no such framework."""
    competences = set()
    for c_index, competence in enumerate(data.get("competences", [])):
        path = ["competences", c_index]
        if competence["code"] in competences:
            fail(path, "code", f"competence {competence['code']!r} is defined twice")
        competences.add(competence["code"])
        if data["kind"] == "local":
            _require_languages(fail, path, "name", competence["name"])

    mirrored = None
    for indicator_path, indicator in _indicators(data):
        competence = indicator.get("competence")
        if competence is not None and competence not in competences:
            known = ", ".join(sorted(competences)) or "none defined"
            fail(indicator_path, "competence", f"no competence {competence!r} (known: {known})")
        if data["kind"] == "local":
            _require_languages(fail, indicator_path, "question", indicator["question"])
            for outcome, text in indicator.get("statements", {}).items():
                _require_languages(fail, indicator_path, "statements", text, outcome)
        code = indicator.get("mirrors")
        if code is None:
            continue
        national = data.get("national")
        if national is None:
            fail(
                indicator_path,
                "mirrors",
                "the file mirrors national indicators but names no national framework "
                "(add 'national: <code>' at the top level)",
            )
        if mirrored is None:
            mirrored = national_codes(national)
            if mirrored is None:
                fail(
                    [],
                    "national",
                    f"no national framework {national!r}: it is neither shipped with the "
                    "platform nor loaded; load it first",
                )
        if code not in mirrored:
            fail(
                indicator_path,
                "mirrors",
                f"no indicator {code!r} in the national framework {national!r}",
            )


def _indicators(data: dict):
    for d_index, domain in enumerate(data["domains"]):
        for a_index, area in enumerate(domain["areas"]):
            for i_index, indicator in enumerate(area["indicators"]):
                yield ["domains", d_index, "areas", a_index, "indicators", i_index], indicator


def _require_languages(fail, path, field, text, outcome: str | None = None) -> None:
    present = set(text) if isinstance(text, dict) else {"en"}
    missing = [language for language in LOCAL_LANGUAGES if language not in present]
    if missing:
        which = f"the {outcome!r} statement" if outcome else f"'{field}'"
        fail(
            path,
            field,
            f"{which} has no text in {', '.join(missing)}: a local framework writes every "
            f"{'statement' if outcome else 'text'} in {', '.join(LOCAL_LANGUAGES)}",
        )


@lru_cache(maxsize=8)
def codes_in_file(path: str, modified: float) -> frozenset[str]:
    """The indicator codes of a shipped framework file; `modified` renews the cache on edits."""
    from mgi.frameworks.files import read_framework_file  # it imports this module

    data = read_framework_file(Path(path)).data
    return frozenset(indicator["code"] for _, indicator in _indicators(data))
