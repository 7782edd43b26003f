"""A published local profile reads like any other: compare, search, the explorer, the lists."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from mgi.places.services import find_or_create_local_place, get_or_create_country
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)


@pytest.fixture
def lima_and_peru(make_profile):  # noqa: F811 (the fixture of that name)
    find_or_create_local_place(
        get_or_create_country("PER"), "Lima", local_kind="municipality", names={"es": "Lima"}
    )
    make_profile("PER", 2019, findings=[(1, "well_developed", "Peru's clinics open.", [])])
    make_profile(
        "PER",
        2022,
        local="Lima",
        findings=[(1, "well_developed", "Lima's health posts see every migrant.", [])],
    )
    call_command("rebuild_search_index", verbosity=0)


def test_a_local_profile_is_compared_with_its_country(client, lima_and_peru):
    response = client.get("/compare/", {"p": ["per-lima-2022", "per-2019"]})
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert response.status_code == 200
    assert "Lima's health posts see every migrant." in text
    assert "Peru's clinics open." in text


def test_search_finds_a_local_finding_and_filters_by_kind_of_place(client, lima_and_peru):
    local = client.get("/search/", {"q": "health posts", "place_kind": "local"}).content.decode()
    assert "/profiles/per-lima/2022/" in local
    national = client.get("/search/", {"q": "health posts", "place_kind": "country"})
    assert "/profiles/per-lima/2022/" not in national.content.decode()


def test_the_profile_list_links_the_local_profile(client, lima_and_peru):
    page = BeautifulSoup(client.get("/profiles/").content, "html.parser")
    assert page.find("a", href="/profiles/per-lima/2022/")
