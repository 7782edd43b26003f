"""Texts shown in another language than the page's say so: a lang attribute for screen readers
and hyphenation, and a visible note."""

# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.answers import SourceFields
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)


@pytest.fixture
def two_rounds(make_profile):
    law = SourceFields(title="Migration Law", kind="law", citation="Decree 1350")
    make_profile(
        "PER",
        2019,
        answers={"1.1.1": ("partial", "Emergency care only.")},
        findings=[(1, "well_developed", "Migrants use public health services.", ["1.1.1"])],
        sources={"1.1.1": [law]},
    )
    make_profile(
        "PER",
        2023,
        answers={"1.1.1": ("complete", "Every public service, by law.")},
        findings=[(1, "well_developed", "Migrants use every public service.", ["1.1.1"])],
    )


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_the_indicator_page_in_spanish_marks_english_justifications_and_sources(client, two_rounds):
    soup = soup_of(client, "/es/indicators/mgi-national/1.1.1/")

    justifications = [div.get_text(strip=True) for div in soup.select(".justification[lang=en]")]
    assert "Emergency care only." in justifications
    assert soup.select_one(".sources cite[lang=en]").get_text() == "Migration Law"
    assert "(en inglés)" in soup.select_one(".explorer-row").get_text(" ", strip=True)


@pytest.mark.django_db
def test_the_indicator_page_in_english_has_no_language_note(client, two_rounds):
    soup = soup_of(client, "/indicators/mgi-national/1.1.1/")

    assert soup.select(".fallback-note") == []


@pytest.mark.django_db
def test_the_changes_page_in_french_marks_english_justifications(client, two_rounds):
    soup = soup_of(client, "/fr/profiles/per/changes/?from=2019&to=2023")

    marked = [div.get_text(strip=True) for div in soup.select(".changes-table [lang=en]")]
    assert marked == ["Emergency care only.", "Every public service, by law."]
    assert "(en anglais)" in soup.select_one("main").get_text(" ", strip=True)
