"""The demo shows domain summaries, derived SDG 10.7.2 and a draft that differs from 2019."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from mgi.assessments.models import Answer, Assessment, AuditRecord
from mgi.profiles.models import Finding
from mgi.results.assessment_results import load_results
from mgi.results.models import PublishedSdgCategory


@pytest.fixture
def demo(db):
    call_command("demo", no_serve=True, stdout=io.StringIO())


def peru_2019() -> Assessment:
    return Assessment.objects.get(round_year=2019)


def test_every_indicator_of_peru_2019_is_answered_and_all_thirty_subcategories_derive(demo):
    results = load_results([peru_2019()])[peru_2019().pk]

    assert results.answered == peru_2019().framework.indicators.count()
    assert all(sub.derivable for d in results.derivation.domains for sub in d.subcategories)
    assert [d.score.category for d in results.derivation.domains] == [4, 2, 3, 2, 4, 4]
    assert results.derivation.overall.category == 3


def test_the_demo_answers_agree_with_the_published_findings(demo):
    options = dict(
        Answer.objects.filter(assessment=peru_2019()).values_list("indicator__code", "option__code")
    )

    for finding in Finding.objects.filter(assessment=peru_2019()).prefetch_related("indicators"):
        codes = [indicator.code for indicator in finding.indicators.all()]
        expected = {"complete"} if finding.kind == "well_developed" else {"partial", "absent"}
        assert {options[code] for code in codes} <= expected, (finding.kind, codes)


def test_a_second_demo_run_changes_no_answer_or_category(demo):
    answers = list(Answer.objects.order_by("pk").values_list("pk", "version", "updated_at"))
    categories = list(PublishedSdgCategory.objects.values_list("pk", "updated_at"))
    records = AuditRecord.objects.count()

    call_command("demo", no_serve=True, stdout=io.StringIO())

    assert list(Answer.objects.order_by("pk").values_list("pk", "version", "updated_at")) == answers
    assert list(PublishedSdgCategory.objects.values_list("pk", "updated_at")) == categories
    assert AuditRecord.objects.count() == records


def test_the_profile_shows_summaries_and_derived_beside_illustrative_categories(client, demo):
    soup = BeautifulSoup(client.get("/profiles/per/2019/").content, "html.parser")

    results = soup.select_one(".results")
    assert results.select_one("svg[role=img]") is not None
    assert "Illustrative demo values" in results.get_text()
    assert results.select("table.sdg-table tr.sdg-differs")


def test_the_draft_team_sees_real_differences_since_2019(client, demo):
    draft = Assessment.objects.get(round_year=2023)
    client.login(username="researcher", password="researcher-demo")

    data = client.get(f"/workspace/assessments/{draft.pk}/changes/changes.json").json()

    changed = {row["indicator"]: row for row in data["changes"]["answers_changed"]}
    assert changed["2.5.3"]["before"]["option"] == "absent"
    assert changed["2.5.3"]["after"]["option"] == "complete"
    assert "4.4.2" not in changed  # answered as in 2019
    assert len(changed) >= 6


def test_the_demo_loads_the_uns_series_and_peru_takes_its_published_overall(client, demo):
    overall = dict(
        PublishedSdgCategory.objects.filter(place__code="PER", domain="_T").values_list(
            "year", "category"
        )
    )
    assert overall == {2019: 3, 2021: 4}
    assert PublishedSdgCategory.objects.filter(domain="_T").count() == 198
    peru_2019 = PublishedSdgCategory.objects.get(place__code="PER", year=2019, domain="_T")
    assert peru_2019.source.startswith("UN SDG Global Database")

    soup = BeautifulSoup(client.get("/profiles/per/2019/").content, "html.parser")
    overall_row = soup.select("table.sdg-table tbody tr")[6]
    cells = [cell.get_text(" ", strip=True) for cell in overall_row.select("th, td")]
    assert cells[1].startswith("Meets (")  # derived from the demo's answers, beside it
    assert cells[2] == "Meets"
    assert "UN SDG Global Database" in soup.select_one(".results").get_text()
