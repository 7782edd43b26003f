"""/data/: the downloads page and its files, streamed, with licence and HTTP caching."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from mgi.exports.about import LICENCE
from mgi.exports.catalogue import TABLES
from mgi.exports.tasks import make_open_data
from tests.api.conftest import SECRET


@pytest.fixture
def data(published_chile, secret_drafts, settings, tmp_path):
    """Published data, and its files made as the background task makes them."""
    settings.DATA_DIR = tmp_path
    make_open_data.call()
    return published_chile


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_page_links_every_table_in_every_format_and_states_the_licence(client, data):
    page = BeautifulSoup(client.get("/data/").content, "html.parser")

    links = {a["href"] for a in page.select("main a")}
    for table in TABLES:
        assert f"/data/{table.name}.csv" in links
        assert f"/data/{table.name}.json" in links
    assert {"/data/mgi-open-data.xlsx", "/data/datapackage.json"} <= links
    assert page.select_one("a[rel=license]")["href"] == LICENCE["path"]


def test_a_csv_download_streams_with_its_licence(client, data):
    response = client.get("/data/answers.csv")

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Link"] == f'<{LICENCE["path"]}>; rel="license"'
    assert 'filename="mgi-open-data-answers.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(_body(response).decode())))
    assert len(rows) == data.answers.count()


def test_a_json_download_parses_and_holds_no_draft(client, data):
    body = _body(client.get("/data/findings.json")).decode()

    assert len(json.loads(body)["rows"]) == 2
    assert SECRET not in body


def test_the_workbook_and_the_data_package_download(client, data):
    workbook = load_workbook(io.BytesIO(_body(client.get("/data/mgi-open-data.xlsx"))))
    package = client.get("/data/datapackage.json").json()

    assert workbook.sheetnames[0] == "about"
    assert [r["path"] for r in package["resources"]] == [f"{t.name}.csv" for t in TABLES]


def test_an_unchanged_download_answers_304(client, data):
    etag = client.get("/data/answers.csv")["ETag"]

    response = client.get("/data/answers.csv", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response["ETag"] == etag


def test_an_unknown_table_or_format_is_404(client, data):
    assert client.get("/data/secrets.csv").status_code == 404
    assert client.get("/data/answers.xml").status_code == 404


def test_published_text_that_looks_like_a_formula_is_text_in_the_csv_and_the_workbook(client, data):
    formula = "@SUM(1+1)*cmd|' /C calc'!A0"
    answer = data.answers.order_by("pk").first()
    type(answer).objects.filter(pk=answer.pk).update(justification=formula)
    data.save()  # the published data's stamp moves, as a publication moves it
    make_open_data.call()

    rows = list(csv.DictReader(io.StringIO(_body(client.get("/data/answers.csv")).decode())))
    workbook = load_workbook(io.BytesIO(_body(client.get("/data/mgi-open-data.xlsx"))))

    justifications = [row["justification"] for row in rows]
    assert "'" + formula in justifications
    assert formula not in justifications
    cells = [cell for row in workbook["answers"].iter_rows() for cell in row]
    assert [cell.data_type for cell in cells if cell.value == formula] == ["s"]
