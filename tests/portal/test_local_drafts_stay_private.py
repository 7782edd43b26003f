"""Local drafts never reach the public: not on a page, a download, the API, search, compare,
the explorer, the static site, the open data, nor a national page's list of local profiles.

Lima 2022 is published; Lima 2024 and a local place only a draft has (PER-XSWL) are drafts
whose every text holds a secret word, beside Peru's own 2023 draft.
"""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from mgi.exports.site.build import build_site
from tests.api.conftest import (  # noqa: F401 (fixtures)
    SECRET,
    cast,
    draft,
    search_index,
    secret_drafts,
    tiny_framework,
)
from tests.api.local_drafts import make_secret_local_drafts

DRAFT_ADDRESSES = ["/profiles/per-lima/2024/", "/profiles/per-xswl/2023/"]
FILES = ["", "profile.json", "profile.csv", "profile.pdf"]


@pytest.fixture
def local_drafts(cast, tiny_framework, published_peru, secret_drafts, search_index):  # noqa: F811
    drafts = make_secret_local_drafts(cast["coordinator"], tiny_framework, published_peru.place)
    search_index()
    return drafts


def _public(client, url: str, **query) -> str:
    response = client.get(url, query)
    assert response.status_code == 200, url
    return response.content.decode()


def _results(search_page: str) -> str:
    """The search page after its results heading (the page repeats the words asked for)."""
    return search_page.split('id="results-heading"')[1].split("</h2>", 1)[1]


@pytest.mark.parametrize("address", DRAFT_ADDRESSES)
@pytest.mark.parametrize("file", FILES)
def test_a_local_draft_has_no_public_page_or_download(client, local_drafts, address, file):
    for prefix in ("", "/es"):
        assert client.get(f"{prefix}{address}{file}").status_code == 404


def test_the_published_local_page_shows_no_draft_of_its_own_or_of_its_country(client, local_drafts):
    for file in ("", "profile.json", "profile.csv"):
        body = _public(client, f"/profiles/per-lima/2022/{file}")
        assert SECRET not in body.lower(), file
    page = BeautifulSoup(_public(client, "/profiles/per-lima/2022/"), "html.parser")
    national = page.find("section", class_="national-findings")
    assert national.find("a", href="/profiles/per/2019/")


def test_the_national_page_lists_only_published_local_profiles(client, local_drafts):
    page = BeautifulSoup(_public(client, "/profiles/per/2019/"), "html.parser")
    listed = page.find("section", class_="local-profiles").find_all("a")
    assert [a["href"] for a in listed] == ["/profiles/per-lima/2022/"]
    assert SECRET not in str(page).lower() and "per-xswl" not in str(page)


def test_the_lists_search_compare_and_explorer_show_no_local_draft(client, local_drafts):
    pages = [
        _public(client, "/"),
        _public(client, "/profiles/"),
        _results(_public(client, "/search/", q=SECRET)),
        _results(_public(client, "/search/", q="local draft")),
        _results(_public(client, "/search/", q="ordinance")),
        _public(client, "/indicators/tiny/1.1.1/"),
        _public(client, "/indicators/tiny/1.1.1/", kind="local"),
        _public(client, "/indicators/tiny/1.1.1/indicator.json"),
    ]
    for body in pages:
        assert SECRET not in body.lower()
        assert "per-xswl" not in body.lower()
    for pair in (["per-lima-2024", "per-2019"], ["per-xswl-2023", "per-lima-2022"]):
        response = client.get("/compare/", {"p": pair})
        assert SECRET not in response.content.decode().lower()
        assert "Local draft" not in response.content.decode()


def test_the_api_lists_of_local_places_show_no_draft(client, local_drafts):
    places = client.get("/api/v1/places", {"kind": "local", "country": "PER"}).json()["items"]
    assert [p["code"] for p in places] == ["PER-LIMA"]
    assessments = client.get("/api/v1/assessments", {"kind": "local"}).json()["items"]
    assert [(a["place"]["code"], a["round"]) for a in assessments] == [("PER-LIMA", 2022)]
    body = client.get("/api/v1/profiles/PER-LIMA/2024").content.decode()
    assert SECRET not in body.lower()


def test_the_static_site_holds_no_local_draft(local_drafts, tmp_path, settings):
    settings.DATA_DIR = tmp_path / "data"
    folder = tmp_path / "site"
    build_site(folder, include_pdf=False, workers=1)
    written = [path for path in folder.rglob("*") if path.is_file()]
    assert (folder / "profiles" / "per-lima" / "2022" / "index.html").exists()
    assert not (folder / "profiles" / "per-lima" / "2024").exists()
    assert not (folder / "profiles" / "per-xswl").exists()
    for path in written:
        if path.suffix in {".html", ".json", ".csv"}:
            assert SECRET not in path.read_text(encoding="utf-8").lower(), path


@pytest.mark.parametrize("format_key", ["csv", "json"])
def test_the_open_data_holds_no_local_draft(local_drafts, tmp_path, format_key):
    call_command("export", "--format", format_key, str(tmp_path), stdout=StringIO())
    assessments = (tmp_path / f"assessments.{format_key}").read_text(encoding="utf-8")
    assert "PER-LIMA" in assessments and "municipality" in assessments
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8")
        assert SECRET not in text.lower(), path.name
        assert "PER-XSWL" not in text, path.name
