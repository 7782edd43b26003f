"""`mgi build_site OUTDIR`: the published portal as static files any web server can serve."""

import re
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from mgi.exports.site.assets import find_static
from mgi.exports.site.build import build_site
from tests.exports.static_server import crawl, serving

LANGUAGE_PREFIXES = ["", "es/", "fr/"]
PROFILE_FILES = ["index.html", "profile.json", "profile.csv", "profile.pdf"]


@pytest.fixture(autouse=True)
def pdf_cache(settings, tmp_path):
    """Each test renders its PDFs into a cache of its own."""
    settings.DATA_DIR = tmp_path / "data"


@pytest.fixture
def site(tmp_path) -> Path:
    return tmp_path / "www" / "site"


def build(folder: Path, **options):
    options = {"include_pdf": False, "workers": 1, **options}
    return build_site(folder, **options)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def publish_country(code: str, name: str, framework, round_year: int = 2020):
    """A small published national profile: title, date and one finding per domain."""
    from mgi.assessments.models import Assessment
    from mgi.places.models import Place
    from mgi.profiles.models import Finding, Profile

    place = Place.objects.create(code=code, name=name, kind=Place.Kind.COUNTRY)
    assessment = Assessment.objects.create(
        place=place,
        framework=framework,
        round_year=round_year,
        month=3,
        status=Assessment.Status.PUBLISHED,
    )
    Profile.objects.create(
        assessment=assessment,
        title={"en": f"Migration Governance Profile: {name}"},
        introduction={"en": f"An overview of {name}."},
        date=f"{round_year}-03",
        published_at=timezone.now(),
    )
    Finding.objects.bulk_create(
        Finding(
            assessment=assessment,
            domain=domain,
            kind="well_developed",
            text={"en": "A law."},
            order=1,
        )
        for domain in framework.domains.all()
    )
    return assessment


def test_it_writes_every_page_in_every_language_where_its_address_points(published_peru, site):
    build(site, include_pdf=True)

    expected = ["index.html", "profiles/index.html", "sdg/10-7-2/index.html"]
    expected += [f"profiles/per/2019/{name}" for name in PROFILE_FILES]
    for prefix in LANGUAGE_PREFIXES:
        for path in expected:
            assert (site / prefix / path).is_file(), prefix + path
    assert (site / "static/portal/site.css").is_file()
    assert (site / "profiles/per/2019/profile.pdf").read_bytes().startswith(b"%PDF-")
    assert b'"language": "es"' in (site / "es/profiles/per/2019/profile.json").read_bytes()


def test_its_pages_are_the_live_pages_with_relative_links(client, published_peru, site):
    build(site)

    live = BeautifulSoup(client.get("/es/profiles/per/2019/").content, "html.parser")
    static = BeautifulSoup((site / "es/profiles/per/2019/index.html").read_bytes(), "html.parser")
    assert static.h1.get_text() == live.h1.get_text()
    assert static.select("ul.findings li") and [
        li.get_text() for li in static.select("ul.findings li")
    ] == [li.get_text() for li in live.select("ul.findings li")]
    assert static.select_one("link[rel=stylesheet]")["href"] == "../../../../static/portal/site.css"
    for page in site.rglob("*.html"):
        links = re.findall(r'\s(?:href|src|action)="([^"]*)"', page.read_text())
        assert [link for link in links if link.startswith("/")] == [], page


def test_it_offers_nothing_that_needs_a_server(published_peru, site):
    build(site)

    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_bytes(), "html.parser")
        assert soup.find("form") is None, page
        assert "Sign in" not in soup.get_text(), page
        assert not soup.select("a[href*='accounts'], a[href*='workspace'], a[href*='search']")


def test_without_pdfs_no_page_links_to_one(published_peru, site):
    build(site, include_pdf=False)

    assert not list(site.rglob("*.pdf"))
    page = BeautifulSoup((site / "profiles/per/2019/index.html").read_bytes(), "html.parser")
    assert page.select("a[href$='.pdf']") == []
    assert page.select_one("a[href='profile.csv']") is not None


def test_every_link_works_when_the_folder_is_served_from_the_root(published_peru, site):
    build(site, include_pdf=True)

    with serving(site) as url:
        reached, broken = crawl(url)

    assert broken == []
    pages = {str(path.relative_to(site)) for path in site.rglob("*") if path.is_file()}
    assert {address[len(url) :] for address in reached} >= pages - {".mgi-site.json"}


def test_every_link_works_when_the_folder_is_served_under_a_path_prefix(published_peru, site):
    build(site, include_pdf=True)

    with serving(site.parent) as url:
        reached, broken = crawl(url + "site/", "es/index.html")

    assert broken == []
    assert url + "site/fr/profiles/per/2019/profile.pdf" in reached
    assert url + "site/static/portal/site.css" in reached


def test_building_twice_gives_the_same_bytes_and_the_second_build_writes_nothing(
    published_peru, site, tmp_path, settings
):
    first = build(site, include_pdf=True)
    times = {path: path.stat().st_mtime_ns for path in site.rglob("*")}

    second = build(site, include_pdf=True)

    assert first.written and second.written == [] and second.removed == []
    assert second.rendered_parts == []
    assert {path: path.stat().st_mtime_ns for path in site.rglob("*")} == times
    # A fresh folder, and PDFs rendered again from an empty cache: the very same bytes.
    settings.DATA_DIR = tmp_path / "other-data"
    again = tmp_path / "again"
    build(again, include_pdf=True, full=True)
    assert files_of(again) == files_of(site)


def test_publishing_a_profile_writes_its_files_and_the_indexes_only(published_peru, site):
    build(site)

    publish_country("CHL", "Chile", published_peru.framework)
    report = build(site)

    chile = {
        f"{p}profiles/chl/2020/{name}" for p in LANGUAGE_PREFIXES for name in PROFILE_FILES[:3]
    }
    indexes = {
        f"{p}{page}" for p in LANGUAGE_PREFIXES for page in ("index.html", "profiles/index.html")
    }
    # The SDG 10.7.2 page is rendered again with the indexes, but Chile has no category yet: its
    # bytes are the same, so it is not written.
    assert set(report.written) == chile | indexes
    assert sorted(report.rendered_parts) == ["index", "place:CHL"]
    assert "Chile" in (site / "es/index.html").read_text()


def test_the_files_of_a_profile_no_longer_published_are_removed(published_peru, site):
    from mgi.assessments.models import Assessment

    chile = publish_country("CHL", "Chile", published_peru.framework)
    build(site)
    assert (site / "profiles/chl/2020/index.html").is_file()

    Assessment.objects.filter(pk=chile.pk).update(status=Assessment.Status.VALIDATED)
    report = build(site)

    assert not (site / "profiles/chl").exists()
    assert sorted(report.removed) == sorted(
        f"{p}profiles/chl/2020/{name}" for p in LANGUAGE_PREFIXES for name in PROFILE_FILES[:3]
    )
    assert "Chile" not in (site / "index.html").read_text()
    assert (site / "profiles/per/2019/index.html").is_file()


def test_a_page_deleted_from_the_folder_is_written_again_by_the_next_build(published_peru, site):
    build(site)
    page = site / "profiles/per/2019/index.html"
    expected = page.read_bytes()
    page.unlink()

    report = build(site)

    assert report.written == ["profiles/per/2019/index.html"]
    assert page.read_bytes() == expected


def test_the_command_shows_what_it_built(published_peru, site):
    out = StringIO()

    call_command(
        "build_site", str(site), "--no-pdf", "--workers", "1", stdout=out, stderr=StringIO()
    )

    assert re.search(r"rendered 2 parts \(12 HTML pages, \d+ a second\)", out.getvalue())
    assert (site / "fr/profiles/index.html").is_file()


@pytest.fixture
def production_static_files(settings, tmp_path):
    """Static files under hashed names, as `mgi serve` and production settings give them."""
    settings.STATIC_ROOT = tmp_path / "collected"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    find_static.cache_clear()
    yield settings.STATIC_ROOT
    find_static.cache_clear()


def test_with_production_settings_the_pages_keep_their_styles(
    published_peru, site, production_static_files
):
    call_command(
        "build_site", str(site), "--no-pdf", "--workers", "1", stdout=StringIO(), stderr=StringIO()
    )

    for page in ("fr/sdg/10-7-2/index.html", "profiles/per/2019/index.html"):
        html = (site / page).read_text()
        styles = re.findall(r'<link rel="stylesheet" href="([^"]+\.[0-9a-f]{12}\.css)"', html)
        assert any("/portal/site." in link for link in styles), page
        for link in styles:
            assert ((site / page).parent / link).is_file(), (page, link)
    # collectstatic ran once, for the build: its manifest names the files the pages link.
    assert (production_static_files / "staticfiles.json").is_file()


@pytest.mark.django_db(transaction=True)
def test_two_workers_build_the_same_site_as_one(national_framework, tmp_path):
    # Worker processes read the database through their own connections: data is committed.
    from mgi.profiles.importing import import_profile, plan_profile_import
    from tests.conftest import DEMO_PROFILE

    peru = import_profile(plan_profile_import(DEMO_PROFILE.read_bytes())).assessment
    publish_country("CHL", "Chile", peru.framework)

    build(tmp_path / "one", workers=1, include_pdf=True)
    build(tmp_path / "two", workers=2, include_pdf=True)

    assert files_of(tmp_path / "two") == files_of(tmp_path / "one")


def test_pages_that_share_their_reads_still_speak_their_own_language(published_peru, site):
    """A place's pages in three languages read its evidence once; the labels stay per page."""
    from tests.portal.test_profile_page import grow_profile

    grow_profile(published_peru, 1)
    build(site)

    def evidence_of(prefix: str) -> str:
        page = BeautifulSoup(
            (site / prefix / "profiles/per/2019/index.html").read_bytes(), "html.parser"
        )
        return " ".join(item.get_text(" ") for item in page.select(".evidence-item"))

    assert "(Law)" in evidence_of("")
    assert "(Ley)" in evidence_of("es/")
    assert "(Loi)" in evidence_of("fr/")


def test_moving_a_local_place_on_the_map_renders_its_country_again(published_peru, site):
    from mgi.places.models import Place

    lima = publish_country("PER-LIMA", "Lima", published_peru.framework).place
    Place.objects.filter(pk=lima.pk).update(kind=Place.Kind.LOCAL, parent=published_peru.place)
    build(site)

    Place.objects.filter(pk=lima.pk).update(latitude=-12.05, longitude=-77.04)
    report = build(site)

    assert "place:PER" in report.rendered_parts
    page = (site / "profiles/per/2019/index.html").read_text()
    assert '<a href="../../per-lima/2020/index.html" class="world-map-point' in page
