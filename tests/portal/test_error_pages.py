"""Errors show the site's own pages, in the reader's language, with a way back; and a favicon."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import get_template
from django.test import Client
from django.utils import translation

LANGUAGES = [("", "en"), ("/es", "es"), ("/fr", "fr")]


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


def _ways_back(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in page.select(".error-ways-back a")]


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
def test_a_missing_page_is_the_sites_404_in_the_readers_language(db, production, prefix, language):
    response = production.get(f"{prefix}/no/such/page/")
    page = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 404
    assert page.html["lang"] == language
    assert page.select_one("header .site-name") and page.select_one("footer")
    assert _ways_back(response) == [f"{prefix}/", f"{prefix}/profiles/", f"{prefix}/search/"]
    assert (
        page.h1.get_text()
        == {
            "en": "This page does not exist",
            "es": "Esta página no existe",
            "fr": "Cette page n’existe pas",
        }[language]
    )


def test_an_unpublished_profile_is_the_sites_404(db, production):
    response = production.get("/es/profiles/per/2023/")

    assert response.status_code == 404
    assert _ways_back(response)[0] == "/es/"


@pytest.mark.urls("tests.portal.failing_urls")
@pytest.mark.parametrize(("prefix", "language"), [("", "en"), ("/es", "es")])
def test_a_forbidden_page_is_the_sites_403(db, production, prefix, language):
    response = production.get(f"{prefix}/forbidden/")

    assert response.status_code == 403
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == language
    assert _ways_back(response)[0] == f"{prefix}/"


@pytest.mark.urls("tests.portal.failing_urls")
@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
def test_a_failing_page_is_the_sites_500(db, production, prefix, language):
    response = production.get(f"{prefix}/broken/")
    page = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 500
    assert page.html["lang"] == language
    assert page.select_one(".error-status").get_text(" ", strip=True).endswith("500")
    assert _ways_back(response) == [f"{prefix}/", f"{prefix}/profiles/", f"{prefix}/search/"]


def test_a_bad_request_is_the_sites_400(db, production):
    response = production.get("/es/profiles/", HTTP_HOST="unknown.example")

    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "es"
    assert _ways_back(response)[0] == "/es/"


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_500_page_renders_without_a_request_or_the_database(language):
    # No database fixture: pytest-django refuses any query the page would make.
    with translation.override(language):
        html = get_template("500.html").render()

    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == language
    assert page.select(".error-ways-back a")


def test_every_page_links_the_open_data_the_api_docs_and_the_licence(db, client):
    page = BeautifulSoup(client.get("/fr/profiles/").content, "html.parser")

    links = {a["href"] for a in page.select("footer a")}
    assert {"/fr/data/", "/fr/api/v1/docs", "https://creativecommons.org/licenses/by/4.0/"} <= links


def test_every_page_names_its_icon_and_favicon_ico_leads_to_it(db, client):
    page = BeautifulSoup(client.get("/").content, "html.parser")
    icon = page.select_one("link[rel=icon]")

    response = client.get("/favicon.ico")
    assert icon["type"] == "image/svg+xml"
    assert response.status_code == 302
    assert response["Location"] == icon["href"]
    svg = client.get(icon["href"])
    assert svg.status_code == 200
    assert b"<svg" in b"".join(svg.streaming_content if svg.streaming else [svg.content])


def test_a_form_sent_without_its_token_is_refused_on_the_sites_page(db, settings):
    settings.DEBUG = False
    strict = Client(enforce_csrf_checks=True)

    response = strict.post("/es/accounts/login/", {"username": "a", "password": "b"})

    assert response.status_code == 403
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "es"
    assert _ways_back(response)[0] == "/es/"
