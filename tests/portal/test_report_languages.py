"""The printed report marks what it shows in another language than its own: the researchers'
justifications and sources, written in English."""

# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.answers import SourceFields
from mgi.portal.pdf import report_html
from mgi.portal.report import cover_title_lines
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)


@pytest.fixture
def cited_peru(make_profile):
    law = SourceFields(title="Migration Law", kind="law", citation="Decree 1350")
    return make_profile(
        "PER",
        2019,
        answers={"1.1.1": ("complete", "Set out in the migration law.")},
        findings=[(1, "well_developed", "Migrants use public health services.", ["1.1.1"])],
        sources={"1.1.1": [law]},
    )


def test_a_french_report_marks_the_english_justifications_and_sources(cited_peru):
    soup = BeautifulSoup(report_html(cited_peru, "fr"), "html.parser")

    justification = soup.select_one("#annex .annex-answer [lang=en]")
    assert justification.get_text() == "Set out in the migration law."
    assert "en anglais" in soup.select_one("#annex .language-note").get_text()
    assert soup.select_one("#key-sources ul.sources")["lang"] == "en"
    assert "en anglais" in soup.select_one("#key-sources .language-note").get_text()


def test_an_english_report_needs_no_language_note(cited_peru):
    soup = BeautifulSoup(report_html(cited_peru, "en"), "html.parser")

    assert soup.select(".language-note") == []
    assert soup.select_one("#key-sources h2").get_text() == "Key sources"


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Migration Governance Profile: the Republic of Peru",
            ["Migration Governance Profile:", "the Republic of Peru"],
        ),
        (
            "Profil de gouvernance des migrations : le Pérou",
            ["Profil de gouvernance des migrations :", "le Pérou"],
        ),
        ("A title without a colon", ["A title without a colon"]),
        ("Ends with a colon:", ["Ends with a colon:"]),
    ],
)
def test_the_cover_title_breaks_after_its_colon(title, lines):
    assert cover_title_lines(title) == lines
