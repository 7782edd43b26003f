"""What changed in a place between two published rounds; drafts never take part."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.models import Assessment
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
    small_framework,
)

DRAFT_STATUSES = [s for s in Assessment.Status.values if s != Assessment.Status.PUBLISHED]


@pytest.fixture
def two_rounds(make_profile, small_framework):
    first = make_profile(
        "PER",
        2019,
        framework=small_framework,
        answers={
            "1.1.1": ("partial", "Emergency care only, under the *health law*."),
            "1.1.2": ("complete", "Every child may enrol."),
            "2.1.1": ("complete", "The migration authority."),
        },
        findings=[
            (1, "potential", "Health care is limited to emergencies.", ["1.1.1"]),
            (2, "well_developed", "A migration authority implements policy.", ["2.1.1"]),
        ],
    )
    second = make_profile(
        "PER",
        2023,
        framework=small_framework,
        answers={
            "1.1.1": ("complete", "The 2021 reform opens all public health care."),
            "1.1.2": ("complete", "Every child may enrol."),
        },
        findings=[
            (1, "well_developed", "Public health care is open to all migrants.", ["1.1.1"]),
            (2, "well_developed", "A migration authority implements policy.", ["2.1.1"]),
        ],
    )
    return first, second


def test_the_json_of_round_changes_is_pinned(client, two_rounds):
    response = client.get("/profiles/per/changes/changes.json?from=2019&to=2023")

    assert response.status_code == 200
    peru = {"code": "PER", "name": "Peru", "kind": "country"}
    assert response.json() == {
        "place": peru,
        "url_code": "per",
        "rounds": [2019, 2023],
        "changes": {
            "from": {
                "place": peru,
                "round": 2019,
                "revision": 1,
                "status": "published",
                "url": "/profiles/per/2019/",
            },
            "to": {
                "place": peru,
                "round": 2023,
                "revision": 1,
                "status": "published",
                "url": "/profiles/per/2023/",
            },
            "answers_changed": [
                {
                    "indicator": "1.1.1",
                    "question": "Health care for all?",
                    "before": {
                        "option": "partial",
                        "option_label": "Partial",
                        "justification": "Emergency care only, under the *health law*.",
                    },
                    "after": {
                        "option": "complete",
                        "option_label": "Complete",
                        "justification": "The 2021 reform opens all public health care.",
                    },
                }
            ],
            "not_answered_in_newer": [{"indicator": "2.1.1", "question": "A migration agency?"}],
            "findings_added": [
                {
                    "domain": 1,
                    "domain_name": "Rights",
                    "kind": "well_developed",
                    "text": "Public health care is open to all migrants.",
                }
            ],
            "findings_removed": [
                {
                    "domain": 1,
                    "domain_name": "Rights",
                    "kind": "potential",
                    "text": "Health care is limited to emergencies.",
                }
            ],
        },
    }


def test_the_page_shows_both_answers_and_both_justifications_rendered(client, two_rounds):
    response = client.get("/profiles/per/changes/?from=2019&to=2023")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.select_one("table.changes-table tbody tr")
    assert row.th.get_text(" ", strip=True).startswith("1.1.1")
    assert row.select_one("td.before strong").get_text() == "Partial"
    assert row.select_one("td.before em").get_text() == "health law"
    assert "2021 reform" in row.select_one("td.after").get_text()
    assert soup.select_one("ins").get_text() == "Public health care is open to all migrants."
    assert soup.select_one("del").get_text() == "Health care is limited to emergencies."


def test_without_rounds_named_it_compares_the_two_newest(
    client, two_rounds, make_profile, small_framework
):
    make_profile("PER", 2016, framework=small_framework)

    data = client.get("/profiles/per/changes/changes.json").json()

    assert data["rounds"] == [2016, 2019, 2023]
    assert (data["changes"]["from"]["round"], data["changes"]["to"]["round"]) == (2019, 2023)


@pytest.mark.parametrize("status", DRAFT_STATUSES)
def test_a_draft_round_gives_404(client, two_rounds, make_profile, small_framework, status):
    make_profile("PER", 2025, framework=small_framework, status=status)

    for url in (
        "/profiles/per/changes/?from=2023&to=2025",
        "/profiles/per/changes/changes.json?from=2023&to=2025",
    ):
        assert client.get(url).status_code == 404, url
    assert 2025 not in client.get("/profiles/per/changes/changes.json").json()["rounds"]


def test_a_place_with_one_published_round_says_there_is_nothing_to_compare(
    client, make_profile, small_framework
):
    make_profile("CHL", 2021, framework=small_framework)

    response = client.get("/profiles/chl/changes/")

    assert response.status_code == 200
    assert b"nothing to compare it with yet" in response.content
    assert client.get("/profiles/xyz/changes/").status_code == 404


def test_a_justification_cannot_inject_markup(client, make_profile, small_framework):
    make_profile("PER", 2019, framework=small_framework, answers={"1.1.1": ("absent", "None.")})
    make_profile(
        "PER",
        2023,
        framework=small_framework,
        answers={"1.1.1": ("complete", "<script>alert(1)</script>[x](javascript:alert(1))")},
    )

    body = client.get("/profiles/per/changes/").content.decode()

    assert "<script>alert" not in body
    assert 'href="javascript:' not in body
