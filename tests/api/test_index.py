"""/api/v1/ says what the API offers: name, version, licence and a link to each list."""

import pytest


def test_the_index_links_every_list_the_openapi_and_the_docs(client, db):
    response = client.get("/api/v1/")
    index = response.json()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert index["name"] == "MGI Platform open data API"
    assert index["version"] == "1"
    assert index["licence"]["name"] == "CC-BY-4.0"
    assert index["docs"] == "http://testserver/api/v1/docs"
    assert index["openapi"] == "http://testserver/api/v1/openapi.json"
    document = client.get("/api/v1/openapi.json").json()
    lists = {path for path in document["paths"] if "{" not in path and path != "/api/v1/"}
    assert {link.removeprefix("http://testserver") for link in index["lists"].values()} == lists


def test_every_link_of_the_index_answers(client, db):
    index = client.get("/api/v1/").json()

    for link in [index["docs"], index["openapi"], *index["lists"].values()]:
        query = "?q=migrants" if link.endswith("/search") else ""
        assert client.get(link + query).status_code == 200, link


@pytest.mark.parametrize(
    ("accept", "redirected"),
    [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
        ("*/*", False),
        ("application/json", False),
    ],
)
def test_a_browser_is_sent_to_the_docs_and_other_clients_get_json(client, db, accept, redirected):
    response = client.get("/api/v1/", HTTP_ACCEPT=accept)

    if redirected:
        assert response.status_code == 302
        assert response["Location"] == "/api/v1/docs"
    else:
        assert response.status_code == 200
        assert response.json()["version"] == "1"
