"""The maps of published profiles: the world map on the home page and the profile list, and a
country's small map on its profile pages."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from mgi.assessments.models import Assessment
from mgi.places.models import Place
from mgi.places.services import get_or_create_country, get_or_create_local
from mgi.places.world_map import world_outlines
from mgi.profiles.models import Profile


@pytest.fixture
def publish(published_peru):
    """publish(place, year, status=..., revision=1): a profile published as text (or a draft)."""

    def make(place, year, status=Assessment.Status.PUBLISHED, revision=1):
        assessment = Assessment.objects.create(
            place=place,
            framework=published_peru.framework,
            round_year=year,
            revision=revision,
            status=status,
        )
        Profile.objects.create(
            assessment=assessment,
            title={"en": f"Migration Governance Profile: {place.name}"},
            date=str(year),
            published_at=timezone.now(),
        )
        return assessment

    return make


@pytest.fixture
def lima(published_peru):
    place = get_or_create_local(published_peru.place, "Lima")
    Place.objects.filter(pk=place.pk).update(latitude=-12.05, longitude=-77.04)
    place.refresh_from_db()
    return place


def page(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def map_links(soup, selector=".profiles-map svg.world-map") -> dict[str, str]:
    return {a["aria-label"]: a["href"] for a in soup.select_one(selector).select("a")}


@pytest.mark.parametrize("url", ["/", "/profiles/"])
def test_a_country_with_a_profile_is_shaded_and_a_local_place_is_a_point(
    client, publish, lima, url
):
    publish(lima, 2022)

    soup = page(client, url)

    assert map_links(soup) == {
        "Peru: 2019 profile": "/profiles/per/2019/",
        "Lima, Peru: 2022 profile": "/profiles/per-lima/2022/",
    }
    country = soup.select_one(".profiles-map a.world-map-country")
    assert "map-has-profile" in country["class"] and country["data-code"] == "PER"
    assert soup.select_one(".profiles-map a.world-map-point circle")


def test_the_list_beside_the_map_groups_local_profiles_under_their_country(client, publish, lima):
    publish(lima, 2022)
    publish(get_or_create_local(get_or_create_country("CHL"), "Santiago"), 2021)

    items = page(client, "/").select(".profiles-map-list > li")

    assert [" ".join(li.get_text(" ").split()) for li in items] == [
        "Chile Santiago (2021)",
        "Peru (2019) Lima (2022)",
    ]
    assert [a.get_text() for a in items[0].select("a")] == ["Santiago"]


def test_a_local_place_without_coordinates_is_listed_but_not_drawn(client, publish, published_peru):
    publish(get_or_create_local(published_peru.place, "Cusco"), 2022)

    soup = page(client, "/")

    assert soup.select(".profiles-map a.world-map-point") == []
    assert "Cusco" in soup.select_one(".profiles-map-list").get_text()


def test_the_map_links_the_newest_round_and_never_a_draft(client, publish, published_peru, lima):
    publish(published_peru.place, 2023)
    publish(published_peru.place, 2025, status=Assessment.Status.CONSULTATION)
    publish(lima, 2024, status=Assessment.Status.VALIDATED)
    publish(get_or_create_country("ECU"), 2020, status=Assessment.Status.GOVERNMENT_REVIEW)

    soup = page(client, "/")

    assert map_links(soup) == {"Peru: 2023 profile": "/profiles/per/2023/"}
    assert "Lima" not in soup.select_one(".profiles-map").get_text()
    assert "Ecuador" not in soup.select_one(".profiles-map").get_text()


def test_names_on_the_map_follow_the_language(client, publish, lima):
    publish(lima, 2022)

    soup = page(client, "/fr/")

    assert set(map_links(soup)) == {"Pérou : profil 2019", "Lima, Pérou : profil 2022"}
    assert soup.select_one(".profiles-map svg.world-map")["aria-label"] != ""


def test_a_country_profile_shows_its_map_zoomed_with_its_local_profiles(client, publish, lima):
    publish(lima, 2022)

    soup = page(client, "/profiles/per/2019/")

    figure = soup.select_one("figure.place-map")
    svg = figure.select_one("svg.world-map")
    width = float(svg["viewbox"].split()[2])
    assert width < world_outlines()["width"] / 5
    assert svg.select_one("g.world-map-country.map-current")["data-code"] == "PER"
    assert [a["href"] for a in svg.select("a")] == ["/profiles/per-lima/2022/"]
    assert figure.figcaption.select_one("a")["href"] == "/profiles/per-lima/2022/"


def test_a_local_profile_shows_its_country_with_the_place_picked_out(client, publish, lima):
    publish(lima, 2022)

    svg = page(client, "/profiles/per-lima/2022/").select_one("figure.place-map svg")

    assert svg.select_one("g.world-map-country")["data-code"] == "PER"
    assert "map-current" in svg.select_one("a.world-map-point")["class"]


def test_a_profile_of_a_place_the_map_does_not_know_has_no_map(client, publish):
    publish(get_or_create_country("ATA"), 2020)

    assert page(client, "/profiles/ata/2020/").select("figure.place-map") == []
