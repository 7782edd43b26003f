from mgi.places.models import Place
from mgi.places.names import place_name

PERU = {"code": "PER", "name": "Peru", "kind": "country"}
LIMA = {"code": "PER-LIMA", "name": "Lima", "kind": "local"}


def test_a_country_reads_in_the_pages_language():
    assert place_name(PERU, "es") == "Perú"
    assert place_name(PERU, "fr") == "Pérou"


def test_in_english_the_stored_name_stays():
    assert place_name({**PERU, "name": "The Republic of Peru"}, "en") == "The Republic of Peru"


def test_a_local_jurisdiction_keeps_its_own_name():
    assert place_name(LIMA, "fr") == "Lima"


def test_a_code_outside_iso_3166_keeps_the_stored_name():
    assert place_name({"code": "XSW", "name": "Isla", "kind": "country"}, "es") == "Isla"


def test_a_place_object_works_as_its_dict_does():
    place = Place(code="CHL", name="Chile", kind=Place.Kind.COUNTRY)

    assert place_name(place, "fr") == "Chili"
