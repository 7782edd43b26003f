"""The evidence under a key finding: its indicators with their answers, justifications, sources."""

# ruff: noqa: F811

import datetime

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.answers import SourceFields
from mgi.frameworks.models import Indicator
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)

FINDING = "Peru gives every migrant child a place at a public school, whatever their status."


@pytest.fixture
def peru_with_evidence(make_profile):
    return make_profile(
        "PER",
        2019,
        answers={"1.1.1": ("complete", "The **General Education Law** covers every child.")},
        sources={
            "1.1.1": [
                SourceFields(
                    "Ley General de Educación", "law", "Article 18", "https://leyes.pe/28044"
                ),
                SourceFields("Anuario estadístico", "report", date=datetime.date(2018, 5, 2)),
            ]
        },
        findings=[(1, "well_developed", FINDING, ["1.1.1", "1.1.2"])],
    )


def evidence(client, address: str):
    response = client.get(address)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("details.evidence")


def test_each_indicator_shows_its_question_answer_justification_and_sources(
    client, peru_with_evidence
):
    details = evidence(client, "/profiles/per/2019/")

    items = details.select(".evidence-item")
    question = Indicator.objects.get(framework=peru_with_evidence.framework, code="1.1.1").question
    first = items[0]
    assert first.select_one(".code").get_text() == "1.1.1"
    assert question["en"] in first.p.get_text()
    assert first.p.strong.get_text() == "Complete"
    assert first.select_one(".justification strong").get_text() == "General Education Law"
    sources = [li.get_text() for li in first.select("ul.sources li")]
    assert sources == [
        "Anuario estadístico (Report, 2018-05-02)",
        "Ley General de Educación (Law). Article 18 https://leyes.pe/28044",
    ]
    link = first.select_one("ul.sources a")
    assert link["href"] == "https://leyes.pe/28044"
    assert link["rel"] == ["noopener", "noreferrer", "nofollow"]
    # An indicator the finding rests on but without an answer still shows its question.
    assert items[1].select_one(".code").get_text() == "1.1.2"
    assert items[1].select_one("strong") is None
    assert items[1].select_one("ul.sources") is None


def test_the_evidence_is_named_by_the_start_of_its_finding_for_screen_readers(
    client, peru_with_evidence
):
    summary = evidence(client, "/profiles/per/2019/").summary

    assert summary.contents[0] == "Evidence"
    hidden = summary.select_one(".visually-hidden").get_text()
    assert hidden == ": Peru gives every migrant child a place at …"  # eight words


def test_the_evidence_reads_in_the_pages_language(client, peru_with_evidence):
    details = evidence(client, "/es/profiles/per/2019/")

    assert details.summary.contents[0] == "Evidencia"
    assert "(Ley). Article 18" in details.select_one("ul.sources").get_text()
