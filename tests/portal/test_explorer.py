"""The indicator explorer: one indicator across every published profile, never a draft."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.answers import SourceFields
from mgi.assessments.models import Assessment
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
    small_framework,
)

URL = "/indicators/small/1.1.1/"


@pytest.fixture
def profiles(make_profile, small_framework):
    make_profile(
        "PER",
        2019,
        framework=small_framework,
        answers={"1.1.1": ("complete", "**Health law**.")},
        sources={
            "1.1.1": [SourceFields("General Health Law", "law", url="https://example.org/law")]
        },
    )
    make_profile("PER", 2023, framework=small_framework, answers={"1.1.1": ("partial", "Cut.")})
    make_profile(
        "PER", 2021, framework=small_framework, local="Lima", answers={"1.1.1": ("absent", "No.")}
    )
    make_profile(
        "CHL",
        2021,
        framework=small_framework,
        status=Assessment.Status.CONSULTATION,
        answers={"1.1.1": ("complete", "A draft justification.")},
    )


def test_the_indicator_json_lists_every_published_profile_by_place_and_round(client, profiles):
    data = client.get(URL + "indicator.json").json()

    assert [(r["place"]["name"], r["round"], r["option"]) for r in data["rows"]] == [
        ("Lima", 2021, "absent"),
        ("Peru", 2019, "complete"),
        ("Peru", 2023, "partial"),
    ]
    assert data["rows"][1]["justification"] == "**Health law**."
    assert data["rows"][1]["sources"] == [
        {
            "title": "General Health Law",
            "kind": "law",
            "kind_label": "Law",
            "citation": "",
            "url": "https://example.org/law",
            "date": None,
        }
    ]
    assert data["indicator"] == {
        "code": "1.1.1",
        "question": "Health care for all?",
        "domain": {"number": 1, "name": "Rights"},
        "crosswalk": ["1a"],
    }
    assert data["filters"]["rounds"] == [2019, 2021, 2023]


def test_a_draft_never_shows(client, profiles):
    body = client.get(URL).content.decode()

    assert "Chile" not in body
    assert "A draft justification" not in body


def test_the_page_renders_justifications_as_markdown_with_sources(client, profiles):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")

    rows = soup.select(".explorer-row")
    assert [r.h3.get_text(strip=True) for r in rows] == ["Lima 2021", "Peru 2019", "Peru 2023"]
    assert rows[1].select_one(".justification strong").get_text() == "Health law"
    assert rows[1].select_one("cite").get_text() == "General Health Law"


def test_filters_by_round_and_kind_of_place(client, profiles):
    by_round = client.get(URL + "indicator.json?round=2023").json()
    by_kind = client.get(URL + "indicator.json?kind=local").json()

    assert [(r["place"]["code"], r["round"]) for r in by_round["rows"]] == [("PER", 2023)]
    assert [r["place"]["code"] for r in by_kind["rows"]] == ["PER-LIMA"]
    soup = BeautifulSoup(client.get(URL + "?kind=local").content, "html.parser")
    assert soup.select_one("select#kind option[selected]")["value"] == "local"


def test_the_listing_shows_the_indicators_of_the_chosen_framework(client, profiles):
    data = client.get("/indicators/indicators.json?framework=small").json()

    assert data["framework"] == "small"
    assert [
        [(i["code"], i["url"]) for i in domain["indicators"]] for domain in data["domains"]
    ] == [
        [("1.1.1", "/indicators/small/1.1.1/"), ("1.1.2", "/indicators/small/1.1.2/")],
        [("2.1.1", "/indicators/small/2.1.1/")],
    ]
    assert client.get("/indicators/").status_code == 200
    assert client.get("/indicators/?framework=nothing").status_code == 404


def test_an_unknown_indicator_gives_404(client, profiles):
    assert client.get("/indicators/small/9.9.9/").status_code == 404


def test_the_page_costs_the_same_queries_however_many_profiles(
    client, make_profile, small_framework
):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    make_profile("PER", 2019, framework=small_framework, answers={"1.1.1": ("absent", "No.")})
    one = count()
    for code in ("CHL", "MEX", "COL"):
        make_profile(code, 2019, framework=small_framework, answers={"1.1.1": ("absent", "No.")})

    assert count() == one
