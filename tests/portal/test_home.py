"""The home page: what the MGI is, the wheel of its domains, the published profiles by region."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mgi.places.regions import REGION_ORDER, region_code, region_name


def home(client, url="/") -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def published_lima(published_peru):
    from mgi.assessments.models import Assessment
    from mgi.places.services import get_or_create_local
    from mgi.profiles.models import Profile

    assessment = Assessment.objects.create(
        place=get_or_create_local(published_peru.place, "Lima"),
        framework=published_peru.framework,
        round_year=2021,
        status=Assessment.Status.PUBLISHED,
    )
    Profile.objects.create(
        assessment=assessment,
        title={"en": "Migration Governance Profile: Lima"},
        date="2021",
        published_at=timezone.now(),
    )
    return assessment


def test_it_says_what_the_mgi_is_in_two_paragraphs(client, published_peru):
    soup = home(client)

    assert soup.h1.get_text() == "Migration Governance Indicators"
    paragraphs = soup.select(".home-text p")[:2]
    assert "six domains" in paragraphs[0].get_text()
    assert "do not rank countries" in paragraphs[1].get_text()


def test_the_wheel_links_each_domain_to_its_description_on_the_page(client, published_peru):
    soup = home(client)

    segments = soup.select("svg.wheel a.wheel-segment")
    assert len(segments) == 6
    for segment in segments:
        target = soup.select_one(segment["href"])
        assert target is not None, segment["href"]
        assert target.find_parent("section")["class"] == ["home-domains"]
        assert segment["aria-label"].startswith("Domain ")
    assert soup.select_one("#about-migrants-rights dt").get_text() == "1. Migrants' rights"
    assert soup.select_one("#domains-heading").get_text() == "About the domains"


def test_profiles_are_grouped_by_region_then_national_or_local(client, published_lima):
    soup = home(client)

    americas = soup.select_one("section.region[aria-labelledby='region-019']")
    assert americas.h3.get_text() == "Americas"
    lists = {h4.get_text(): h4.find_next_sibling("ul") for h4 in americas.select("h4")}
    assert list(lists) == ["National profiles", "Local profiles"]
    assert lists["National profiles"].select_one(".place-name").get_text() == "Peru"
    national_link = lists["National profiles"].select_one("a")
    assert national_link["href"] == "/profiles/per/2019/"
    assert "(December 2019)" in lists["National profiles"].get_text()
    local = lists["Local profiles"]
    assert local.select_one(".place-name").get_text() == "Lima"
    assert local.select_one(".place-country").get_text() == "(Peru)"
    assert local.select_one("a")["href"] == "/profiles/per-lima/2021/"


def test_region_names_and_wheel_coordinates_follow_the_language(client, published_peru):
    soup = home(client, "/es/")

    assert soup.select_one("#region-019").get_text() == "América"
    text = soup.select_one("svg.wheel text")
    assert "," not in text["x"] and "," not in text["y"]
    assert soup.select_one("svg.wheel a")["href"].startswith("#about-")


def test_without_published_profiles_it_says_so(client, national_framework):
    soup = home(client)

    assert "No profile has been published yet." in soup.select_one(".home-profiles").get_text()
    assert len(soup.select("svg.wheel a.wheel-segment")) == 6


def test_drafts_are_not_listed(client, published_peru):
    from mgi.assessments.models import Assessment

    Assessment.objects.filter(pk=published_peru.pk).update(status=Assessment.Status.VALIDATED)

    assert "Peru" not in home(client).select_one(".home-profiles").get_text()


def test_it_takes_as_many_queries_with_more_profiles(client, published_lima):
    client.get("/")
    with CaptureQueriesContext(connection) as before:
        client.get("/")
    from mgi.assessments.models import Assessment
    from mgi.profiles.models import Profile

    for year in (2022, 2023):
        extra = Assessment.objects.create(
            place=published_lima.place,
            framework=published_lima.framework,
            round_year=year,
            status=Assessment.Status.PUBLISHED,
        )
        Profile.objects.create(assessment=extra, title={"en": f"Lima {year}"}, date=str(year))
    with CaptureQueriesContext(connection) as after:
        client.get("/")

    assert len(after) == len(before)


def test_the_profile_list_stays_at_its_own_address(client, published_peru):
    soup = home(client, "/profiles/")

    assert soup.h1.get_text() == "Migration governance profiles"


def test_every_country_has_an_m49_region_and_local_places_take_their_country_s():
    import pycountry

    outside = [c.alpha_3 for c in pycountry.countries if region_code(c.alpha_3) == ""]

    assert outside == ["ATA"]  # Antarctica belongs to no region
    assert region_code("PER") == region_code("PER-LIMA") == "019"
    assert [region_name(code, "fr") for code in REGION_ORDER] == [
        "Afrique",
        "Amériques",
        "Asie",
        "Europe",
        "Océanie",
    ]
