"""The search page: a GET form with filters, highlighted results that link into the profile."""

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.models import Assessment
from mgi.places.models import Place
from mgi.profiles.models import Finding
from mgi.profiles.publication import publish_assessment
from mgi.profiles.rounds import create_assessment
from mgi.search.choices import choices_of_version
from tests.profiles.complete import complete_for_publication
from tests.workspace.conftest import set_status


@pytest.fixture
def indexed(published_chile, published_peru, search_index):
    search_index()
    return published_chile


def test_every_page_has_a_labelled_search_box(client, indexed):
    page = BeautifulSoup(client.get("/profiles/per/2019/").content, "html.parser")

    form = page.select_one("header form[role=search]")
    field = form.select_one("input[name=q]")
    assert form["method"] == "get"
    assert form["action"] == "/search/"
    assert page.select_one(f"label[for={field['id']}]").get_text(strip=True)


def _hits(response) -> list:
    return BeautifulSoup(response.content, "html.parser").select(".search-hits li")


def test_a_finding_hit_is_titled_by_its_text_and_links_to_the_finding(client, indexed):
    response = client.get("/search/", {"q": "public health services"})

    [hit] = [h for h in _hits(response) if "search-hit-finding" in h["class"]]
    link = hit.select_one("h3 a")
    assert response.status_code == 200
    assert link.get_text() == "Chile opens its public health services to all migrants."
    assert link["href"] == "/profiles/chl/2021/#finding-rights-well-developed-1"
    assert [m.get_text() for m in link.select("mark")] == ["public", "health", "services"]
    assert hit.select_one(".search-hit-where").get_text() == (
        "Key finding · Chile 2021 · Migrants' rights"
    )


def test_an_answer_hit_is_titled_by_its_indicator_and_links_to_it(client, indexed):
    response = client.get("/search/", {"q": "polyclinic"})

    [hit] = _hits(response)
    assert hit.select_one("h3 a").get_text() == (
        "1.1.1 Do migrants have access to public health care?"
    )
    assert hit.select_one("h3 a")["href"] == "/indicators/tiny/1.1.1/#profile-chl-2021"
    assert hit.select_one(".search-hit-more a")["href"] == (
        "/profiles/chl/2021/#finding-rights-well-developed-1-indicator-1.1.1"
    )
    assert hit.select_one(".search-hit-snippet mark").get_text() == "polyclinic"
    assert "Chile 2021 · Migrants' rights" in hit.select_one(".search-hit-where").get_text()
    assert "1 result" in BeautifulSoup(response.content, "html.parser").h2.get_text()


def test_the_targets_of_hits_exist_on_the_pages_they_name(client, indexed):
    finding, answer = (
        _hits(client.get("/search/", {"q": q}))[0] for q in ("opens public health", "polyclinic")
    )
    for link in (
        finding.select_one("h3 a"),
        answer.select_one("h3 a"),
        answer.select_one(".search-hit-more a"),
    ):
        path, anchor = link["href"].split("#")
        target = BeautifulSoup(client.get(path).content, "html.parser")
        assert target.find(id=anchor) is not None, link["href"]
    row = BeautifulSoup(client.get("/indicators/tiny/1.1.1/").content, "html.parser")
    assert "polyclinic" in row.find(id="profile-chl-2021").get_text()


def test_an_answer_no_finding_cites_links_to_its_indicator_only(client, indexed):
    [hit] = _hits(client.get("/search/", {"q": "observer regional conference"}))

    assert hit.select_one("h3 a")["href"] == "/indicators/tiny/2.1.1/#profile-chl-2021"
    # The profile shows no evidence for it: the second link leads to the profile's domain.
    assert hit.select_one(".search-hit-more a")["href"] == "/profiles/chl/2021/#domain-partnerships"


def test_the_search_is_in_the_pages_language_unless_every_language_is_asked_for(client, indexed):
    only_english = _hits(client.get("/search/", {"q": "chile"}))
    every_language = _hits(client.get("/search/", {"q": "chile", "all_languages": "on"}))
    only_spanish = _hits(client.get("/es/search/", {"q": "chile"}))

    def languages(hits):
        return {h.select_one("h3 a").get("lang", "page") for h in hits}

    assert languages(only_english) == {"page"}
    assert "es" in languages(every_language)
    assert languages(only_spanish) <= {"page"} and only_spanish
    page = BeautifulSoup(
        client.get("/search/", {"q": "chile", "all_languages": "on"}).content, "html.parser"
    )
    assert page.select_one("input[name=all_languages]").has_attr("checked")


def test_the_query_box_comes_first_and_the_filters_fold_away(client, indexed):
    page = BeautifulSoup(client.get("/search/", {"q": "health"}).content, "html.parser")

    form = page.select_one("main form.search-form")
    query = form.select_one("input[name=q]")
    assert form.select_one(f"label[for={query['id']}]").get_text() == "Search for"
    assert query.find_next("button").get_text() == "Search"
    filters = form.select_one("details.search-filters")
    assert filters.select_one("select[name=domain]") and not filters.has_attr("open")
    narrowed = BeautifulSoup(
        client.get("/search/", {"q": "health", "round": "2021"}).content, "html.parser"
    )
    assert narrowed.select_one("details.search-filters").has_attr("open")


def test_the_page_is_in_spanish_under_es(client, indexed):
    response = client.get("/es/search/", {"q": "salud"})

    assert response.status_code == 200
    assert response.content.decode().count("<mark>") >= 1


def test_an_invalid_filter_is_reported_not_crashed(client, indexed):
    response = client.get("/search/", {"q": "health", "round": "soon"})

    assert response.status_code == 400
    assert "field-error" in response.content.decode()


def test_the_filters_offer_only_published_places(client, indexed, secret_drafts):
    page = BeautifulSoup(client.get("/search/").content, "html.parser")

    places = [o["value"] for o in page.select("select[name=place] option") if o["value"]]
    assert sorted(places) == ["CHL", "PER"]


def test_results_are_paged_with_plain_links(client, published_peru, search_index):
    domain = published_peru.framework.domains.order_by("number").first()
    Finding.objects.bulk_create(
        Finding(
            assessment=published_peru,
            domain=domain,
            kind=Finding.Kind.POTENTIAL,
            text={"en": f"Caravan shelters, point {n}."},
            order=100 + n,
        )
        for n in range(25)
    )
    search_index()

    first = BeautifulSoup(client.get("/search/", {"q": "caravan"}).content, "html.parser")
    next_link = first.select_one("nav.pagination a[rel=next]")
    second = BeautifulSoup(client.get("/search/" + next_link["href"]).content, "html.parser")

    assert len(first.select(".search-hits > li")) == 20
    assert "Page 1 of 2" in first.select_one("nav.pagination").get_text()
    assert first.select_one("a[rel=prev]") is None
    assert "page=2" in next_link["href"] and "q=caravan" in next_link["href"]
    assert len(second.select(".search-hits > li")) == 5
    assert "Page 2 of 2" in second.select_one("nav.pagination").get_text()
    assert second.select_one("a[rel=next]") is None
    assert "page=1" in second.select_one("nav.pagination a[rel=prev]")["href"]


def test_the_place_filter_names_countries_in_the_pages_language(client, indexed):
    page = BeautifulSoup(client.get("/es/search/").content, "html.parser")

    options = {o["value"]: o.get_text() for o in page.select("select[name=place] option")}
    assert options["PER"] == "Perú"
    assert options[""] == "Todos los lugares"


def test_a_chosen_place_stays_selected_and_narrows_the_results(client, indexed):
    response = client.get("/search/", {"q": "migrants", "place": "PER"})
    page = BeautifulSoup(response.content, "html.parser")

    assert [o["value"] for o in page.select("select[name=place] option[selected]")] == ["PER"]
    places = [p.get_text() for p in page.select(".search-hits .search-hit-where")]
    assert places and all(" · Peru 2019" in place for place in places)


def test_a_place_without_a_published_profile_is_refused_by_name(client, indexed, secret_drafts):
    response = client.get("/search/", {"q": "decree", "place": "XSW"})

    assert response.status_code == 400
    error = BeautifulSoup(response.content, "html.parser").select_one(".field-error")
    assert error.get_text() == "XSW is not a place with a published profile."


@pytest.fixture
def kept_choices(settings):
    """The server keeps the filters' choices per public version, as in production."""
    settings.PUBLIC_PAGE_CACHE = True
    choices_of_version.cache_clear()
    yield
    choices_of_version.cache_clear()


def offered_places(client) -> list[str]:
    page = BeautifulSoup(client.get("/search/").content, "html.parser")
    return [o["value"] for o in page.select("select[name=place] option") if o["value"]]


def test_kept_choices_offer_a_place_as_soon_as_it_is_published(
    client, kept_choices, cast, published_chile, tiny_framework
):
    assert offered_places(client) == ["CHL"]
    colombia = Place.objects.create(code="COL", name="Colombia", kind="country")
    assessment = create_assessment(colombia, tiny_framework, 2022, cast["coordinator"])
    assert offered_places(client) == ["CHL"]  # a draft is not offered

    complete_for_publication(assessment)
    set_status(assessment, Assessment.Status.VALIDATED)
    publish_assessment(assessment, cast["coordinator"])

    assert offered_places(client) == ["CHL", "COL"]


def test_the_next_page_leaves_the_language_to_the_page_so_every_language_can_be_chosen(
    client, indexed
):
    page = BeautifulSoup(client.get("/search/", {"q": "p*"}).content, "html.parser")
    next_page = page.select_one("nav.pagination a[rel=next]")["href"]

    assert "language=" not in next_page
    second = BeautifulSoup(
        client.get(f"/search/{next_page}&all_languages=on").content, "html.parser"
    )
    assert second.select_one("input[name=language]") is None
    assert second.select_one("input[name=all_languages]").has_attr("checked")
