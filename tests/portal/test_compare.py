"""Profiles side by side: published ones only, in the order asked, as HTML and as JSON."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.models import Assessment
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
    small_framework,
)

DRAFT_STATUSES = [s for s in Assessment.Status.values if s != Assessment.Status.PUBLISHED]


@pytest.fixture
def peru_and_chile(make_profile, small_framework):
    peru = make_profile(
        "PER",
        2019,
        framework=small_framework,
        answers={
            "1.1.1": ("complete", "Health law, art. 1."),
            "1.1.2": ("partial", "Some residents only."),
        },
        findings=[
            (1, "well_developed", "Migrants use public health services.", ["1.1.1"]),
            (1, "potential", "Schools admit only some children.", ["1.1.2"]),
        ],
    )
    chile = make_profile(
        "CHL",
        2021,
        framework=small_framework,
        answers={"1.1.1": ("absent", "No provision.")},
        findings=[(2, "well_developed", "A migration agency implements policy.", ["2.1.1"])],
    )
    return peru, chile


def summary(complete=0, partial=0, absent=0, unanswered=0) -> dict:
    indicators = complete + partial + absent + unanswered
    answered = indicators - unanswered
    return {
        "complete": complete,
        "partial": partial,
        "absent": absent,
        "not_applicable": 0,
        "not_assessed": 0,
        "unanswered": unanswered,
        "indicators": indicators,
        "answered": answered,
        "answered_percent": round(100 * answered / indicators),
    }


def test_the_json_of_a_comparison_is_pinned(client, peru_and_chile):
    response = client.get("/compare/compare.json?p=per-2019&p=chl-2021")

    assert response.status_code == 200
    assert response.json() == {
        "profiles": [
            {
                "key": "per-2019",
                "place": {"code": "PER", "name": "Peru", "kind": "country"},
                "round": 2019,
                "revision": 1,
                "date": "2019-06",
                "title": "Migration Governance Profile: Peru",
                "url": "/profiles/per/2019/",
            },
            {
                "key": "chl-2021",
                "place": {"code": "CHL", "name": "Chile", "kind": "country"},
                "round": 2021,
                "revision": 1,
                "date": "2021-06",
                "title": "Migration Governance Profile: Chile",
                "url": "/profiles/chl/2021/",
            },
        ],
        "domains": [
            {
                "number": 1,
                "slug": "rights",
                "name": "Rights",
                "colour": "#1f5fa8",
                "profiles": [
                    {
                        "key": "per-2019",
                        "domain_name": "Rights",
                        "url": "/profiles/per/2019/#domain-rights",
                        "summary": summary(complete=1, partial=1),
                        "well_developed": [
                            {
                                "text": "Migrants use public health services.",
                                "indicators": ["1.1.1"],
                            }
                        ],
                        "potential": [
                            {"text": "Schools admit only some children.", "indicators": ["1.1.2"]}
                        ],
                    },
                    {
                        "key": "chl-2021",
                        "domain_name": "Rights",
                        "url": "/profiles/chl/2021/#domain-rights",
                        "summary": summary(absent=1, unanswered=1),
                        "well_developed": [],
                        "potential": [],
                    },
                ],
            },
            {
                "number": 2,
                "slug": "government",
                "name": "Government",
                "colour": "#6d3a86",
                "profiles": [
                    {
                        "key": "per-2019",
                        "domain_name": "Government",
                        "url": "/profiles/per/2019/#domain-government",
                        "summary": summary(unanswered=1),
                        "well_developed": [],
                        "potential": [],
                    },
                    {
                        "key": "chl-2021",
                        "domain_name": "Government",
                        "url": "/profiles/chl/2021/#domain-government",
                        "summary": summary(unanswered=1),
                        "well_developed": [
                            {
                                "text": "A migration agency implements policy.",
                                "indicators": ["2.1.1"],
                            }
                        ],
                        "potential": [],
                    },
                ],
            },
        ],
    }


def test_profiles_keep_the_order_the_reader_chose(client, peru_and_chile):
    data = client.get("/compare/compare.json?p=chl-2021&p=per-2019").json()

    assert [p["key"] for p in data["profiles"]] == ["chl-2021", "per-2019"]
    assert [c["key"] for c in data["domains"][0]["profiles"]] == ["chl-2021", "per-2019"]


def test_the_page_shows_each_domain_with_findings_and_a_summary_chart(client, peru_and_chile):
    response = client.get("/compare/?p=per-2019&p=chl-2021")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rights = soup.select_one("section#domain-rights")
    columns = rights.select(".compare-column")
    assert [c.h3.get_text(strip=True) for c in columns] == ["Peru 2019", "Chile 2021"]
    assert "Migrants use public health services." in columns[0].get_text()
    assert rights.select_one("svg[role=img] title").get_text()
    rows = [
        [cell.get_text(strip=True) for cell in tr.select("th, td")]
        for tr in rights.select("table.summary-table tbody tr")
    ]
    assert rows == [
        ["Peru 2019", "1", "1", "0", "0", "0", "0", "2 of 2 (100%)"],
        ["Chile 2021", "0", "0", "1", "0", "0", "1", "1 of 2 (50%)"],
    ]
    assert soup.select_one("a[href^='compare.json?']") is not None


@pytest.mark.parametrize("status", DRAFT_STATUSES)
def test_a_draft_is_never_compared(client, peru_and_chile, make_profile, small_framework, status):
    make_profile(
        "MEX",
        2023,
        framework=small_framework,
        status=status,
        findings=[(1, "well_developed", "A draft finding nobody may read.", ["1.1.1"])],
    )

    for url in ("/compare/?p=per-2019&p=mex-2023", "/compare/compare.json?p=per-2019&p=mex-2023"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"A draft finding" not in response.content


def test_a_profile_that_is_no_longer_published_is_not_compared(client, peru_and_chile):
    peru, _chile = peru_and_chile
    Assessment.objects.filter(pk=peru.pk).update(status=Assessment.Status.VALIDATED)

    assert client.get("/compare/compare.json?p=per-2019&p=chl-2021").status_code == 404


def test_one_profile_shows_the_form_to_choose_others(client, peru_and_chile):
    response = client.get("/compare/?p=per-2019")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    selects = soup.select("form.compare-form select[name=p]")
    assert len(selects) == 4
    assert selects[0].select_one("option[selected]")["value"] == "per-2019"
    assert {o["value"] for o in selects[1].select("option")} == {"", "per-2019", "chl-2021"}
    assert client.get("/compare/compare.json?p=per-2019").status_code == 400


def test_more_than_four_or_malformed_profiles_are_refused(client, peru_and_chile):
    five = "&".join(f"p=per-{year}" for year in range(2019, 2024))

    assert client.get(f"/compare/?{five}").status_code == 400
    assert client.get("/compare/?p=peru&p=chl-2021").status_code == 400
    assert client.get("/compare/compare.json?p=per-2019&p=x").json() == {
        "error": "'x' does not name a profile (write it as per-2019)"
    }


def test_the_forms_unused_choices_are_ignored(client, peru_and_chile):
    response = client.get("/compare/compare.json?p=per-2019&p=&p=chl-2021&p=")

    assert [p["key"] for p in response.json()["profiles"]] == ["per-2019", "chl-2021"]


def test_a_city_is_compared_with_its_country(client, make_profile, small_framework):
    make_profile("PER", 2019, framework=small_framework)
    make_profile("PER", 2021, framework=small_framework, local="Lima")

    data = client.get("/compare/compare.json?p=per-lima-2021&p=per-2019").json()

    assert [p["place"] for p in data["profiles"]] == [
        {"code": "PER-LIMA", "name": "Lima", "kind": "local"},
        {"code": "PER", "name": "Peru", "kind": "country"},
    ]


def test_a_comparison_costs_the_same_queries_for_two_or_four_profiles(
    client, make_profile, small_framework
):
    for code in ("PER", "CHL", "MEX", "COL"):
        make_profile(
            code,
            2019,
            framework=small_framework,
            answers={"1.1.1": ("complete", "Law.")},
            findings=[(1, "well_developed", f"Finding of {code}.", ["1.1.1"])],
        )

    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    two = count("/compare/?p=per-2019&p=chl-2019")
    four = count("/compare/?p=per-2019&p=chl-2019&p=mex-2019&p=col-2019")
    assert two == four


def test_a_comparison_links_to_the_form_which_keeps_the_choice(client, peru_and_chile):
    """The form lists every published profile four times: the comparison itself leaves it out,
    so that its size does not grow with the portal."""
    compared = BeautifulSoup(client.get("/compare/?p=per-2019&p=chl-2021").content, "html.parser")
    assert compared.select("form.compare-form") == []
    change = compared.select_one(".compare-change a")["href"]

    form = BeautifulSoup(client.get("/compare/" + change).content, "html.parser")
    selects = form.select("form.compare-form select[name=p]")
    assert [s.select_one("option[selected]")["value"] for s in selects[:2]] == [
        "per-2019",
        "chl-2021",
    ]
    assert form.select("section#domain-rights")
