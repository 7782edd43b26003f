import pytest

from mgi.places.models import Place
from mgi.places.services import UnknownPlace, find_country, get_or_create_country


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("The Republic of Peru", "PER"),
        ("Peru", "PER"),
        ("per", "PER"),
        ("PE", "PER"),
        ("the Plurinational State of Bolivia", "BOL"),
        ("The Kingdom of Morocco", "MAR"),
        ("Republic of Korea", "KOR"),
        ("Côte d\u2019Ivoire", "CIV"),
        ("The Kyrgyz Republic", "KGZ"),
        ("The United States of America", "USA"),
    ],
)
def test_it_finds_a_country_from_how_profile_titles_name_it(written, code):
    assert find_country(written).code == code


def test_an_ambiguous_name_is_refused_rather_than_guessed():
    with pytest.raises(UnknownPlace, match="KOR, PRK"):
        find_country("Korea")


def test_an_unknown_name_is_refused():
    with pytest.raises(UnknownPlace, match="Atlantis"):
        find_country("Atlantis")


def test_display_names_read_naturally():
    assert find_country("COD").name == "Democratic Republic of the Congo"


@pytest.mark.django_db
def test_get_or_create_country_makes_one_place_per_country():
    first = get_or_create_country("The Republic of Peru")
    again = get_or_create_country("PER")

    assert first.pk == again.pk
    assert (first.code, first.name, first.kind) == ("PER", "Peru", Place.Kind.COUNTRY)
    assert Place.objects.count() == 1
