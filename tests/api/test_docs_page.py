"""/api/v1/docs lists every endpoint on a plain page: no script, nothing from a CDN."""

from bs4 import BeautifulSoup


def test_the_docs_page_lists_every_operation_without_scripts(client, db):
    document = client.get("/api/v1/openapi.json").json()
    page = BeautifulSoup(client.get("/api/v1/docs").content, "html.parser")

    listed = {code.get_text() for code in page.select("section.endpoint h2 code")}
    assert listed == {f"GET {path}" for path in document["paths"]}
    assert page.select("script[src*='//'], link[href*='//']") == []
    assert page.select_one("a[href='/api/v1/openapi.json']")


def test_the_api_documentation_links_to_its_schema(client, db):
    # The page shows examples from the published data, read from the database.
    page = client.get("/api/v1/docs")

    assert page.status_code == 200
    assert b"/api/v1/openapi.json" in page.content
