"""Local places in the API: their own fields, and kind= and country= on the lists."""

import pytest

from mgi.assessments.models import Assessment
from mgi.places.services import find_or_create_local_place, get_or_create_country
from mgi.profiles.rounds import create_assessment
from tests.api.conftest import publish_chile


@pytest.fixture
def coto_brus_and_chile(cast, tiny_framework):
    publish_chile(cast["coordinator"], tiny_framework)
    costa_rica = get_or_create_country("CRI")
    coto_brus, _ = find_or_create_local_place(
        costa_rica, "Coto Brus", local_kind="municipality", latitude=8.83, longitude=-82.96
    )
    assessment = create_assessment(coto_brus, tiny_framework, 2021, cast["coordinator"])
    Assessment.objects.filter(pk=assessment.pk).update(status=Assessment.Status.PUBLISHED)
    return assessment


def test_places_filter_by_kind_and_country(client, coto_brus_and_chile):
    local = client.get("/api/v1/places", {"kind": "local"}).json()["items"]
    assert local == [
        {
            "code": "CRI-COTO-BRUS",
            "name": "Coto Brus",
            "kind": "local",
            "parent": "CRI",
            "local_kind": "municipality",
            "subdivision_code": "",
            "latitude": 8.83,
            "longitude": -82.96,
        }
    ]
    in_costa_rica = client.get("/api/v1/places", {"country": "cri"}).json()["items"]
    assert [p["code"] for p in in_costa_rica] == ["CRI-COTO-BRUS"]
    assert client.get("/api/v1/places", {"country": "CHL"}).json()["items"][0]["code"] == "CHL"


def test_assessments_filter_by_kind_and_country(client, coto_brus_and_chile):
    local = client.get("/api/v1/assessments", {"kind": "local"}).json()["items"]
    assert [a["place"]["code"] for a in local] == ["CRI-COTO-BRUS"]
    national = client.get("/api/v1/assessments", {"kind": "country"}).json()["items"]
    assert [a["place"]["code"] for a in national] == ["CHL"]
    in_costa_rica = client.get("/api/v1/assessments", {"country": "CRI"}).json()["items"]
    assert [a["place"]["code"] for a in in_costa_rica] == ["CRI-COTO-BRUS"]


def test_a_country_that_is_no_alpha_3_code_is_refused(client, coto_brus_and_chile):
    assert client.get("/api/v1/places", {"country": "CRI-COTO"}).status_code == 422


def test_the_openapi_document_names_the_local_filters(client):
    document = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/places", "/api/v1/assessments"):
        names = {p["name"] for p in document["paths"][path]["get"]["parameters"]}
        assert {"kind", "country"} <= names
