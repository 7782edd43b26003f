"""The demo publishes a second, illustrative round of Peru (2021) to compare with 2019."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from mgi.assessments.models import Assessment


@pytest.fixture
def demo(db):
    call_command("demo", no_serve=True, stdout=io.StringIO())


def _page(client, address: str) -> BeautifulSoup:
    response = client.get(address)
    assert response.status_code == 200, address
    return BeautifulSoup(response.content, "html.parser")


def test_the_demo_serves_two_published_rounds_of_peru_and_keeps_the_draft_a_draft(client, demo):
    published = Assessment.objects.newest_revisions().filter(place__code="PER")

    assert sorted(published.values_list("round_year", flat=True)) == [2019, 2021]
    assert not Assessment.objects.get(round_year=2023).is_published
    listed = _page(client, "/profiles/").get_text()
    assert "2019" in listed and "2021" in listed
    assert client.get("/profiles/per/2023/").status_code == 404


@pytest.mark.parametrize(
    ("prefix", "marked"),
    [("", "illustrative 2021 round"), ("/es", "ronda ilustrativa"), ("/fr", "cycle illustratif")],
)
def test_the_2021_round_says_it_is_illustrative_in_its_title_and_introduction(
    client, demo, prefix, marked
):
    page = _page(client, f"{prefix}/profiles/per/2021/")

    assert marked in page.h1.get_text()
    assert marked in page.title.get_text()
    # The introduction opens with the note, in the page's language.
    paragraphs = [p.get_text().strip().lower() for p in page.select("main p")]
    assert any(text.startswith(marked.split()[0][:5].lower()) for text in paragraphs)


def test_what_changed_between_the_rounds_lists_answers_and_findings(client, demo):
    page = _page(client, "/profiles/per/changes/?from=2019&to=2021")

    changed = [
        row.select_one("th, td").get_text(" ", strip=True) for row in page.select("tbody tr")
    ]
    assert {"1.5.1", "3.3.4", "5.5.1"} <= {text.split()[0] for text in changed if text}
    added = page.find(id="added-findings-heading").find_next("ul").get_text()
    assert "municipal elections after two years of residence" in added
    removed = page.find(id="removed-findings-heading").find_next("ul").get_text()
    assert "limited to some foreign residents" in removed


def test_the_comparison_of_the_rounds_shows_their_different_findings(client, demo):
    text = _page(client, "/compare/?p=per-2019&p=per-2021").get_text()

    assert "The right to vote in local elections is limited to some foreign residents" in text
    assert "may vote in municipal elections after two years of residence" in text


def test_the_indicator_explorer_shows_both_rounds_answers(client, demo):
    page = _page(client, "/indicators/mgi-national/1.5.1/")

    assert "Partial" in page.find(id="profile-per-2019").get_text()
    assert "Complete" in page.find(id="profile-per-2021").get_text()
