"""Each operation on /api/v1/docs shows a real example: a curl request and the API's answer."""

import json

import pytest
from bs4 import BeautifulSoup

from mgi.api.examples import shape


@pytest.fixture
def docs(client, published_chile, published_peru):
    return BeautifulSoup(client.get("/api/v1/docs").content, "html.parser")


def test_every_operation_has_an_example_request_and_response(client, docs):
    document = client.get("/api/v1/openapi.json").json()

    sections = docs.select("section.endpoint")
    assert len(sections) == len(document["paths"])
    for section in sections:
        request = section.select_one("code.example-request")
        assert request is not None, section["id"]
        assert request.get_text().startswith(
            "curl -H 'Accept: application/json' 'http://testserver/api/v1/"
        )
        assert section.select_one("code.example-response").get_text().strip()


def test_each_example_has_the_shape_of_the_live_answer(client, docs):
    for section in docs.select("section.endpoint"):
        url = section.select_one("code.example-request")["data-url"]
        example = json.loads(section.select_one("code.example-response").get_text())
        live = client.get(url.removeprefix("http://testserver"), HTTP_ACCEPT="application/json")

        assert live.status_code == 200, url
        assert shape(example) == shape(live.json()), url


def test_the_examples_call_real_records(docs):
    urls = {code["data-url"] for code in docs.select("code.example-request")}

    assert {
        "http://testserver/api/v1/profiles/chl/2021",
        "http://testserver/api/v1/profiles/per/2019",
    } & urls
    assert "http://testserver/api/v1/search?page_size=2&q=migrants" in urls
