import pytest
from django.urls import reverse

from mgi.assessments.models import AuditRecord
from mgi.places.models import Place

URL = reverse("workspace:local-assessment-new")


@pytest.fixture
def coordinator_client(client, cast, national_framework):
    client.force_login(cast["coordinator"])
    return client


def test_the_picker_finds_places_of_the_country_and_keeps_what_was_typed(coordinator_client):
    response = coordinator_client.get(URL, {"country": "Mexico", "q": "Nuevo Le"})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'value="Nuevo Le"' in body and 'value="Mexico"' in body
    assert "Nuevo León" in body and "MX-NLE" in body
    assert "GeoNames" in body


def test_an_unknown_country_is_refused_beside_its_field(coordinator_client):
    response = coordinator_client.get(URL, {"country": "Atlantis", "q": "Lima"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Country: “Atlantis” is refused" in body and 'role="alert"' in body
    assert 'value="Lima"' in body


def test_a_search_without_a_name_says_what_is_missing(coordinator_client):
    response = coordinator_client.get(URL, {"country": "CRI", "q": ""})
    assert response.status_code == 400
    assert "Name: type a part of the place" in response.content.decode()


def test_nothing_found_says_so(coordinator_client):
    response = coordinator_client.get(URL, {"country": "CRI", "q": "Zzyzx"})
    assert response.status_code == 200
    assert "No place of CRI has a name holding “Zzyzx”" in response.content.decode()


def test_picking_a_place_makes_it_under_its_country_and_starts_its_assessment(
    coordinator_client, national_framework
):
    query = "?country=MEX&q=Nuevo+Le"
    response = coordinator_client.post(
        URL + query,
        {"candidate": "iso3166-2:MX-NLE", "framework": national_framework.pk, "round_year": 2022},
    )
    place = Place.objects.get(code="MEX-NUEVO-LEON")
    assert (place.kind, place.parent.code, place.local_kind) == ("local", "MEX", "state")
    assert place.subdivision_code == "MX-NLE"
    assessment = place.assessments.get()
    assert response.status_code == 302
    assert response.url == reverse("workspace:assessment", args=[assessment.pk])
    assert assessment.profile.title["en"].startswith("Local Migration Governance Indicators")
    assert AuditRecord.objects.filter(action="create_local_place", object_id=str(place.pk)).exists()


def test_a_city_picked_from_geonames_keeps_its_coordinates(coordinator_client, national_framework):
    page = coordinator_client.get(URL, {"country": "CRI", "q": "Liberia"}).content.decode()
    key = page.split('name="candidate" value="')[1].split('"')[0]
    assert key.startswith("geonames:")
    coordinator_client.post(
        URL + "?country=CRI&q=Liberia",
        {"candidate": key, "framework": national_framework.pk, "round_year": 2021},
    )
    liberia = Place.objects.get(code="CRI-LIBERIA")
    assert liberia.geonames_id and liberia.latitude and liberia.longitude


def test_a_pick_that_is_not_among_the_places_found_is_refused_and_the_rest_kept(
    coordinator_client, national_framework
):
    response = coordinator_client.post(
        URL + "?country=MEX&q=Nuevo+Le",
        {"candidate": "iso3166-2:PE-LMA", "framework": national_framework.pk, "round_year": 2022},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Place: “iso3166-2:PE-LMA” is not one of the places found." in body
    assert 'value="2022"' in body
    assert not Place.objects.filter(kind="local").exists()


def test_a_person_who_may_not_create_assessments_is_refused(client, cast):
    client.force_login(cast["researcher"])
    assert client.get(URL, {"country": "CRI", "q": "Coto"}).status_code == 403
