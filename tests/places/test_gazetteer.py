import pytest

from mgi.places.gazetteer import find_candidate, find_local_place_candidates
from mgi.places.models import Place
from mgi.places.services import (
    UnknownPlace,
    find_or_create_local_place,
    get_or_create_country,
    split_local_code,
)


def test_a_coordinator_finds_a_real_city_of_geonames_with_its_coordinates():
    candidates = find_local_place_candidates("CRI", "Liberia")
    liberia = next(c for c in candidates if c.source == "geonames")
    assert liberia.name == "Liberia"
    assert liberia.kind == Place.LocalKind.CITY
    assert liberia.code == "CRI-LIBERIA"
    assert liberia.geonames_id
    assert 10 < liberia.latitude < 11.5 and -86 < liberia.longitude < -85


def test_the_search_ignores_case_and_accents():
    names = [c.name for c in find_local_place_candidates("CRI", "san jose")]
    assert "San José" in names


def test_a_subdivision_comes_from_iso_3166_2_with_its_code_and_kind():
    candidates = find_local_place_candidates("MEX", "Nuevo Le")
    state = candidates[0]
    assert state.source == "iso3166-2"
    assert state.subdivision_code == "MX-NLE"
    assert state.kind == Place.LocalKind.STATE
    assert state.code == "MEX-NUEVO-LEON"


def test_a_subdivision_is_found_by_its_iso_code_too():
    candidates = find_local_place_candidates("PER", "pe-lma")
    assert [c.subdivision_code for c in candidates] == ["PE-LMA"]
    assert candidates[0].kind == Place.LocalKind.MUNICIPALITY


def test_the_country_may_be_given_by_name():
    assert find_local_place_candidates("Peru", "Arequipa")


def test_an_unknown_country_is_refused():
    with pytest.raises(UnknownPlace, match="Atlantis"):
        find_local_place_candidates("Atlantis", "Lima")


def test_an_empty_query_finds_nothing():
    assert find_local_place_candidates("PER", "  ") == []


def test_a_candidate_is_found_again_by_its_key():
    first = find_local_place_candidates("MEX", "Monterrey")[0]
    assert find_candidate(first.key) == first
    with pytest.raises(UnknownPlace):
        find_candidate("geonames:1")


@pytest.mark.django_db
def test_a_picked_candidate_becomes_a_local_place_of_its_country_once():
    candidate = find_local_place_candidates("MEX", "Nuevo Le")[0]
    mexico = get_or_create_country("MEX")
    place, created = find_or_create_local_place(
        mexico,
        candidate.name,
        local_kind=candidate.kind,
        subdivision_code=candidate.subdivision_code,
    )
    assert created and place.parent == mexico and place.local_kind == "state"
    again, created = find_or_create_local_place(mexico, candidate.name, names={"es": "Nuevo León"})
    assert not created and again.pk == place.pk
    assert again.names == {"es": "Nuevo León"}


def test_a_local_code_is_split_into_its_country_and_its_name():
    assert split_local_code("cri-coto-brus") == ("CRI", "COTO-BRUS")
    with pytest.raises(UnknownPlace, match="ZZZ"):
        split_local_code("ZZZ-NOWHERE")
    with pytest.raises(UnknownPlace, match="CRI-COTO-BRUS"):
        split_local_code("COTO")
