"""An answer "outside local competence" counts as not applicable, never against the place."""

from decimal import Decimal

from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import ScaleOption
from mgi.places.services import get_or_create_country, get_or_create_local
from mgi.results.assessment_results import load_results
from mgi.results.sdg1072_derivation import NOT_SETTLED, CrosswalkedAnswer, derive_sdg1072
from mgi.results.summaries import IndicatorAnswer, summarise_domains


def test_a_summary_counts_outside_local_competence_as_not_applicable():
    answers = [
        IndicatorAnswer(1, "complete", Decimal("1")),
        IndicatorAnswer(1, "outside_competence", None),
        IndicatorAnswer(1, "absent", Decimal("0")),
    ]

    (summary,) = summarise_domains(answers)

    assert (summary.complete, summary.absent, summary.not_applicable, summary.answered) == (
        1,
        1,
        1,
        3,
    )


def test_outside_local_competence_never_settles_an_sdg_subcategory_as_no():
    derivation = derive_sdg1072(
        [
            CrosswalkedAnswer("1.1.1", ("1a",), "complete", Decimal("1")),
            CrosswalkedAnswer("1.1.9", ("1a",), "outside_competence", None),
        ]
    )

    first = {sub.code: sub for sub in derivation.domains[0].subcategories}
    assert (first["1a"].answer, first["1a"].reason) == (None, NOT_SETTLED)


def test_a_local_assessments_results_count_outside_local_competence_as_not_applicable(
    local_framework,
):
    place = get_or_create_local(get_or_create_country("GHA"), "Accra")
    assessment = Assessment.objects.create(place=place, framework=local_framework, round_year=2024)
    for code, option_code in (("1.1.1", "complete"), ("1.1.4", "outside_competence")):
        Answer.objects.create(
            assessment=assessment,
            indicator=local_framework.indicators.get(code=code),
            option=ScaleOption.objects.get(scale__framework=local_framework, code=option_code),
        )

    first = load_results([assessment])[assessment.pk].summary_of(1)

    assert (first.complete, first.absent, first.not_applicable) == (1, 0, 1)
