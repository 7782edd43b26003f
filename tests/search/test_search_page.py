"""The search page: a GET form with filters, highlighted results that link into the profile."""

import pytest
from bs4 import BeautifulSoup


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


def test_results_link_to_the_domain_on_the_profile_with_the_match_marked(client, indexed):
    response = client.get("/search/", {"q": "polyclinic"})
    page = BeautifulSoup(response.content, "html.parser")

    hit = page.select_one(".search-hits li")
    assert response.status_code == 200
    assert hit.select_one("a")["href"] == "/profiles/chl/2021/#domain-rights"
    assert hit.select_one("mark").get_text() == "polyclinic"
    assert "1 result" in page.select_one("#results-heading").get_text()


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


def test_results_are_paged_with_plain_links(client, indexed):
    response = client.get("/search/", {"q": "migrants"})
    page = BeautifulSoup(response.content, "html.parser")

    assert page.select(".search-hits li")
    assert page.select_one("nav.pagination") is None or page.select_one("a[rel=next]")
