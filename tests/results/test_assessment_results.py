"""Results built from the database: summaries and derivations in bulk, published categories."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import ScaleOption
from mgi.places.services import get_or_create_country
from mgi.results.assessment_results import load_published_categories, load_results
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import SUBCATEGORIES


def make_assessment(framework, code: str, round_year: int) -> Assessment:
    return Assessment.objects.create(
        place=get_or_create_country(code), framework=framework, round_year=round_year
    )


def answer(assessment, code: str, option_code: str) -> None:
    option = ScaleOption.objects.get(scale__framework=assessment.framework, code=option_code)
    indicator = assessment.framework.indicators.get(code=code)
    Answer.objects.update_or_create(
        assessment=assessment, indicator=indicator, defaults={"option": option}
    )


def test_every_indicator_counts_and_one_without_an_answer_row_is_unanswered(national_framework):
    assessment = make_assessment(national_framework, "PER", 2019)
    answer(assessment, "1.1.1", "complete")
    answer(assessment, "1.1.2", "partial")
    answer(assessment, "1.6.3", "not_applicable")

    results = load_results([assessment])[assessment.pk]

    first = results.summary_of(1).to_dict()
    assert {k: first[k] for k in ("complete", "partial", "not_applicable", "unanswered")} == {
        "complete": 1,
        "partial": 1,
        "not_applicable": 1,
        "unanswered": 13,
    }
    assert results.answered == 3
    assert sum(s.indicators for s in results.summaries) == national_framework.indicators.count()


def test_the_derivation_uses_the_frameworks_crosswalk(national_framework):
    assessment = make_assessment(national_framework, "PER", 2019)
    answer(assessment, "3.3.3", "complete")
    answer(assessment, "3.3.4", "absent")

    derivation = load_results([assessment])[assessment.pk].derivation

    third = {sub.code: sub for sub in derivation.domains[2].subcategories}
    assert (third["3e"].answer, third["3e"].indicators) == ("no", ("3.3.3", "3.3.4"))


def test_the_bundled_national_framework_reaches_all_thirty_subcategories(national_framework):
    reached = {
        code
        for row in national_framework.indicators.values_list("crosswalk", flat=True)
        for code in row
    }

    assert reached >= set(SUBCATEGORIES)


def test_results_for_many_assessments_cost_one_query(national_framework):
    assessments = [make_assessment(national_framework, c, 2019) for c in ("PER", "CHL", "MEX")]
    for assessment in assessments:
        answer(assessment, "1.1.1", "complete")

    with CaptureQueriesContext(connection) as queries:
        results = load_results(assessments)

    assert len(queries) == 1
    assert [results[a.pk].answered for a in assessments] == [1, 1, 1]


def publish(place, year: int, categories: list[int], overall: int) -> None:
    for number, category in enumerate(categories, start=1):
        PublishedSdgCategory.objects.create(
            place=place, year=year, domain=f"PD_{number}", category=category
        )
    PublishedSdgCategory.objects.create(place=place, year=year, domain="_T", category=overall)


@pytest.mark.django_db
def test_published_categories_come_from_the_round_year_or_the_nearest_earlier_year():
    peru = get_or_create_country("PER")
    publish(peru, 2019, [3, 4, 4, 4, 4, 4], 3)
    publish(peru, 2021, [2, 2, 2, 2, 2, 2], 2)
    publish(peru, 2024, [1, 1, 1, 1, 1, 1], 1)

    found = load_published_categories([(peru.pk, 2019), (peru.pk, 2023), (peru.pk, 2018)])

    assert found[(peru.pk, 2019)].year == 2019
    assert found[(peru.pk, 2023)].year == 2021
    assert found[(peru.pk, 2023)].categories["_T"] == 2
    assert (peru.pk, 2018) not in found


@pytest.mark.django_db
def test_a_year_with_an_incomplete_set_of_categories_is_passed_over():
    peru = get_or_create_country("PER")
    publish(peru, 2019, [3, 4, 4, 4, 4, 4], 3)
    PublishedSdgCategory.objects.create(place=peru, year=2021, domain="PD_1", category=1)

    assert load_published_categories([(peru.pk, 2023)])[(peru.pk, 2023)].year == 2019
