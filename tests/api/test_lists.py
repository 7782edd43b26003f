"""Lists: filters, stable pages that can be walked with `next`, frameworks and SDG results."""

from mgi.places.services import get_or_create_country
from mgi.results.models import PublishedSdgCategory


def _walk(client, url: str) -> list:
    items = []
    while url:
        page = client.get(url).json()
        items.extend(page["items"])
        url = page["next"]
    return items


def test_walking_the_next_links_gives_every_answer_once_in_a_stable_order(client, published_chile):
    walked = _walk(client, "/api/v1/answers?page_size=1")
    whole = client.get("/api/v1/answers?page_size=200").json()["items"]

    assert [a["id"] for a in walked] == [a["id"] for a in whole]
    assert len(walked) == published_chile.answers.count()


def test_a_page_past_the_end_is_empty_and_points_back(client, published_chile):
    page = client.get("/api/v1/findings?page=9").json()

    assert page["items"] == []
    assert page["next"] is None
    assert page["previous"].endswith("page=1")


def test_answers_filter_by_domain_place_kind_round_and_framework(client, published_chile):
    def indicators(**query):
        return [a["indicator"] for a in client.get("/api/v1/answers", query).json()["items"]]

    assert indicators(domain="partnerships") == ["2.1.1"]
    assert indicators(place_kind="local") == []
    assert indicators(round=2021, framework="tiny") == ["1.1.1", "1.1.2", "2.1.1"]
    assert indicators(round=2020) == []


def test_texts_come_in_the_asked_language(client, published_chile):
    answer = client.get("/api/v1/answers?domain=rights&language=es").json()["items"][0]

    assert answer["question"] == "¿Tienen los migrantes acceso a la salud pública?"
    assert answer["option"]["label"] == "Completo"


def test_a_framework_comes_with_its_indicators_scales_and_crosswalk(client, tiny_framework):
    framework = client.get("/api/v1/frameworks/tiny?language=es").json()
    indicators = client.get("/api/v1/frameworks/tiny/indicators").json()
    scales = client.get("/api/v1/frameworks/tiny/scales").json()
    crosswalk = client.get("/api/v1/frameworks/tiny/crosswalk").json()

    assert [d["name"] for d in framework["domains"]] == ["Derechos de los migrantes", "Alianzas"]
    assert framework["domains"][0]["areas"] == [{"number": 1, "name": "Salud"}]
    assert [i["code"] for i in indicators["items"]] == ["1.1.1", "1.1.2", "2.1.1"]
    assert [(o["code"], o["value"]) for o in scales[0]["options"]] == [
        ("complete", 1.0),
        ("partial", 0.5),
        ("absent", 0.0),
        ("not_applicable", None),
    ]
    assert crosswalk == [
        {"indicator": "1.1.1", "corresponds_to": "1a"},
        {"indicator": "1.1.2", "corresponds_to": "1b"},
    ]


def test_published_sdg_categories_are_listed_with_their_labels(client, db):
    peru = get_or_create_country("PER")
    PublishedSdgCategory.objects.create(place=peru, year=2019, domain="_T", category=3)

    items = client.get("/api/v1/sdg-10-7-2?place=per").json()["items"]

    assert items == [
        {
            "place": "PER",
            "place_name": "Peru",
            "year": 2019,
            "domain": "_T",
            "category": 3,
            "label": "Meets",
            "source": "",
        }
    ]


def test_places_are_those_with_published_data(client, published_chile, secret_drafts):
    codes = [p["code"] for p in client.get("/api/v1/places").json()["items"]]

    assert codes == ["CHL"]
