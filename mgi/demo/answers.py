"""Illustrative demo answers (Peru 2019 and the 2023 draft) and illustrative SDG categories.

Loading is idempotent: answers already as in the file, and categories already loaded, are left
untouched, so a second `mgi demo` changes nothing.
"""

from pathlib import Path

import yaml
from django.db import transaction
from django.db.models import F

from mgi.assessments.audit import log_action
from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import ScaleOption
from mgi.results.sdg1072_import import import_categories, plan_category_import

DATA = Path(__file__).resolve().parent / "data"
PUBLISHED_ANSWERS = DATA / "peru-2019-answers.yaml"
DRAFT_ANSWERS = DATA / "peru-2023-draft-answers.yaml"
ILLUSTRATIVE_CATEGORIES = DATA / "peru-sdg-10-7-2-illustrative.csv"


class DemoDataError(ValueError):
    pass


def read_demo_answers(path: Path) -> dict[str, tuple[str, str]]:
    """Indicator code -> (option code, justification), checked for shape."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    answers = {}
    for code, pair in (data.get("answers") or {}).items():
        well_formed = isinstance(pair, list) and len(pair) == 2
        if not (well_formed and all(isinstance(part, str) for part in pair)):
            raise DemoDataError(f"{path.name}: {code}: give [option, justification]")
        answers[str(code)] = (pair[0], pair[1])
    return answers


def apply_demo_answers(assessment: Assessment, answers: dict[str, tuple[str, str]]) -> int:
    """Set the answers that differ from the file; return how many changed."""
    indicators = {i.code: i for i in assessment.framework.indicators.select_related("scale")}
    unknown = sorted(set(answers) - set(indicators))
    if unknown:
        raise DemoDataError(f"no indicators {', '.join(unknown)} in {assessment.framework}")
    options = {
        (o.scale_id, o.code): o
        for o in ScaleOption.objects.filter(scale__framework=assessment.framework)
    }
    existing = {a.indicator.code: a for a in assessment.answers.select_related("indicator")}
    changed = []
    with transaction.atomic():
        for code, (option_code, justification) in answers.items():
            indicator = indicators[code]
            option = options.get((indicator.scale_id, option_code))
            if option is None:
                raise DemoDataError(f"{code}: {option_code!r} is not an option of its scale")
            answer = existing.get(code)
            if answer is None:
                Answer.objects.create(
                    assessment=assessment,
                    indicator=indicator,
                    option=option,
                    justification=justification,
                )
            elif (answer.option_id, answer.justification) != (option.pk, justification):
                Answer.objects.filter(pk=answer.pk).update(
                    option=option, justification=justification, version=F("version") + 1
                )
            else:
                continue
            changed.append(code)
        if changed:
            log_action(
                "demo_answers",
                assessment,
                via="demo",
                assessment=assessment,
                after={"indicators": changed},
            )
    return len(changed)


def ensure_demo_results() -> str:
    """Answers for the published Peru 2019 round, and illustrative SDG 10.7.2 categories."""
    published = (
        Assessment.objects.newest_revisions().filter(place__code="PER", round_year=2019).first()
    )
    if published is None:
        raise DemoDataError("the Peru 2019 profile must be loaded first")
    changed = apply_demo_answers(published, read_demo_answers(PUBLISHED_ANSWERS))
    outcome = import_categories(plan_category_import(ILLUSTRATIVE_CATEGORIES.read_bytes()))
    return (
        f"{changed} answers set; illustrative SDG 10.7.2 categories: "
        f"{outcome.created} created, {outcome.updated} updated, {outcome.unchanged} unchanged"
    )
