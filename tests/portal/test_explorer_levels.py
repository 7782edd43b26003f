"""The explorer shows a local indicator beside the national one it mirrors: newest published
rounds of each level, never a draft."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.models import Assessment
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
)

LOCAL_URL = "/indicators/mgi-local/1.1.1/"
NATIONAL_URL = "/indicators/mgi-national/1.1.1/"


@pytest.fixture
def levels(make_profile, local_framework, national_framework):
    health = "1.1.1"
    make_profile("CRI", 2019, answers={health: ("absent", "Old.")})
    make_profile("CRI", 2023, answers={health: ("complete", "Law 8000.")})
    make_profile(
        "CRI",
        2026,
        status=Assessment.Status.CONSULTATION,
        answers={health: ("partial", "A national draft.")},
    )
    make_profile(
        "CRI", 2020, framework=local_framework, local="Coto Brus", answers={health: ("absent", "")}
    )
    make_profile(
        "CRI", 2024, framework=local_framework, local="Coto Brus", answers={health: ("partial", "")}
    )
    make_profile("GHA", 2024, framework=local_framework, local="Accra", answers={})
    make_profile(
        "CRI",
        2025,
        framework=local_framework,
        local="La Cruz",
        status=Assessment.Status.GOVERNMENT_REVIEW,
        answers={health: ("complete", "A local draft.")},
    )


def sides(block: dict) -> list[tuple]:
    return [
        (
            row["local"]["place"]["name"],
            row["local"]["round"],
            row["local"]["option"],
            row["national"] and (row["national"]["round"], row["national"]["option"]),
        )
        for row in block["rows"]
    ]


def test_a_local_indicator_shows_each_place_beside_its_countrys_newest_national_answer(
    client, levels
):
    data = client.get(LOCAL_URL + "indicator.json").json()

    (block,) = data["levels"]
    assert (block["local"]["code"], block["national"]["framework"], block["national"]["code"]) == (
        "1.1.1",
        "mgi-national",
        "1.1.1",
    )
    assert sides(block) == [
        ("Accra", 2024, None, None),
        ("Coto Brus", 2024, "partial", (2023, "complete")),
    ]


def test_the_national_indicator_shows_the_local_indicators_that_mirror_it(client, levels):
    data = client.get(NATIONAL_URL + "indicator.json").json()

    (block,) = data["levels"]
    assert (block["local"]["framework"], block["local"]["url"]) == ("mgi-local", LOCAL_URL)
    assert sides(block)[1] == ("Coto Brus", 2024, "partial", (2023, "complete"))


def test_the_side_by_side_table_never_shows_a_draft(client, levels):
    for url in (LOCAL_URL, NATIONAL_URL):
        body = client.get(url).content.decode()
        soup = BeautifulSoup(body, "html.parser")
        table = soup.select_one(".levels-table").get_text(" ", strip=True)

        assert "La Cruz" not in table
        assert "2026" not in table
        assert "Coto Brus 2024" in table
        assert "Partial" in table and "Complete" in table
        assert "No published national profile of Ghana" in table


def test_a_local_indicator_without_a_mirror_shows_no_second_level(client, levels):
    data = client.get("/indicators/mgi-local/1.3.3/indicator.json").json()

    assert data["levels"] == []
    assert "levels-table" not in client.get("/indicators/mgi-local/1.3.3/").content.decode()
