"""The demo's second published round of Peru (2021), clearly illustrative: made from the 2019
profile by the few changes in data/peru-2021-illustrative.yaml, so that comparing two rounds,
"what changed" and the indicator explorer have something to show."""

from pathlib import Path

import yaml

from mgi.assessments.models import Assessment
from mgi.demo.answers import (
    DATA,
    PUBLISHED_ANSWERS,
    DemoDataError,
    apply_demo_answers,
    read_demo_answers,
)
from mgi.profiles.importing import import_profile, plan_profile_import
from mgi.profiles.translating import translate_profile

CHANGES = DATA / "peru-2021-illustrative.yaml"
FIRST_ROUND_TEXTS = {
    "en": DATA / "peru-2019.txt",
    "es": DATA / "peru-2019.es.txt",
    "fr": DATA / "peru-2019.fr.txt",
}


def second_round_text(language: str, changes: dict | None = None) -> str:
    """The 2019 profile's text in `language` with the 2021 changes made."""
    changes = changes or read_changes()
    text = FIRST_ROUND_TEXTS[language].read_text(encoding="utf-8")
    for change in changes["texts"][language]:
        if change["from"] not in text:
            raise DemoDataError(f"{CHANGES.name}: {change['from']!r} is not in the 2019 text")
        text = text.replace(change["from"], change["to"])
    return text


def read_changes(path: Path = CHANGES) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def ensure_second_round() -> str:
    """Import and publish the round with its translations and answers; a second run changes
    nothing (the import and the answers leave what is already as in the files)."""
    changes = read_changes()
    round_year = int(changes["round"])
    english = plan_profile_import(
        second_round_text("en", changes).encode(),
        place_code=changes["place"],
        round_year=round_year,
    )
    outcome = import_profile(english, via="demo")
    for language in ("es", "fr"):
        translation = plan_profile_import(
            second_round_text(language, changes).encode(),
            place_code=changes["place"],
            round_year=round_year,
        )
        translate_profile(translation, via="demo")
    published = Assessment.objects.newest_revisions().get(
        place__code=changes["place"], round_year=round_year
    )
    answers = read_demo_answers(PUBLISHED_ANSWERS)
    answers.update({str(code): tuple(pair) for code, pair in changes["answers"].items()})
    changed = apply_demo_answers(published, answers)
    return f"Peru {round_year} (illustrative): {outcome.action}, {changed} answers set"
