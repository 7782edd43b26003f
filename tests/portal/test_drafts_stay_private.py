"""A correction under way and a new round in data collection stay out of every public page.

Beside Peru's published rounds, a newer revision of 2022 and a 2023 round carry a word in every
text; no page, JSON, CSV, PDF, comparison, change list or explorer row may show it, while the
published round's own texts are there.
"""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest

from tests.portal.pdf_tools import page_texts, print_published_pdfs, require_poppler
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    DRAFT_WORD,
    coordinator,
    make_profile,
    peru_under_correction,
    small_framework,
)

pytestmark = pytest.mark.usefixtures("peru_under_correction")


def _public(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/profiles/",
        "/profiles/per/2022/",
        "/es/profiles/per/2022/",
    ],
)
def test_the_pages_show_the_published_round_not_its_correction(client, url):
    page = _public(client, url)

    assert DRAFT_WORD not in page
    if "2022" in url:
        assert "Health care is open to all." in page


def test_the_correction_under_way_has_no_public_address_and_the_published_one_stays(client):
    published = _public(client, "/profiles/per/2022/revisions/1/")

    assert client.get("/profiles/per/2022/revisions/2/").status_code == 404
    assert DRAFT_WORD not in published


def test_the_profile_json_is_the_published_round(client):
    body = _public(client, "/profiles/per/2022/profile.json")

    assert DRAFT_WORD not in body
    assert "Health care is open to all." in body


def test_the_profile_csv_is_the_published_round(client):
    body = _public(client, "/profiles/per/2022/profile.csv")

    assert DRAFT_WORD not in body
    assert "Health care is open to all." in body


def test_the_profile_pdf_is_the_published_round(client, settings, tmp_path):
    require_poppler()
    settings.DATA_DIR = tmp_path
    print_published_pdfs()
    response = client.get("/profiles/per/2022/profile.pdf")
    pdf = tmp_path / "profile.pdf"
    pdf.write_bytes(
        b"".join(response.streaming_content) if response.streaming else response.content
    )

    text = " ".join(page_texts(pdf))

    assert DRAFT_WORD not in text
    assert "Health care is open to all." in " ".join(text.split())


def test_the_explorer_lists_the_published_answer(client):
    page = _public(client, "/indicators/small/1.1.1/")
    data = _public(client, "/indicators/small/1.1.1/indicator.json")

    assert DRAFT_WORD not in page + data
    assert "A health law for all." in data


def test_the_comparison_shows_the_published_rounds(client):
    page = _public(client, "/compare/?p=per-2019&p=per-2022")
    data = _public(client, "/compare/compare.json?p=per-2019&p=per-2022")

    assert DRAFT_WORD not in page + data
    assert "Health care is open to all." in data


def test_the_changes_are_between_the_published_rounds(client):
    page = _public(client, "/profiles/per/changes/")
    data = _public(client, "/profiles/per/changes/changes.json")

    assert DRAFT_WORD not in page + data
    assert "A health law for all." in data
