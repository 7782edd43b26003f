"""The public SDG 10.7.2 page: the UN's categories by year, the change, domains, profile links."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from mgi.results.sdg1072_published import PUBLISHED_OVERALL_FILE

BHUTAN_DOMAINS = "".join(
    f"BTN,2021,PD_{n},{c},Bhutan SDG platform\n" for n, c in enumerate([2, 2, 4, 3, 4, 3], 1)
)


@pytest.fixture
def published(db, tmp_path):
    call_command("sdg1072", "import", str(PUBLISHED_OVERALL_FILE), stdout=io.StringIO())
    path = tmp_path / "bhutan.csv"
    path.write_text("place,year,domain,category,source\n" + BHUTAN_DOMAINS, encoding="utf-8")
    call_command("sdg1072", "import", str(path), stdout=io.StringIO())


def soup_of(client, address):
    response = client.get(address)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def row_of(soup, name):
    header = soup.find("th", string=name) or next(
        th for th in soup.select("tbody th[scope=row]") if th.get_text(strip=True) == name
    )
    return [cell.get_text(" ", strip=True) for cell in header.parent.find_all(["th", "td"])]


def test_the_newest_year_is_shown_beside_the_one_before_with_the_change(client, published):
    soup = soup_of(client, "/sdg/10-7-2/")

    assert soup.select_one("nav.sdg-years a[aria-current=page]").get_text() == "2021"
    headers = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
    assert headers == ["Country", "2019", "2021", "Change from 2019 to 2021", "Domains, 2021"]
    assert row_of(soup, "Peru") == ["Peru", "3 · Meets", "4 · Fully meets", "Up from 3", "—"]
    assert row_of(soup, "Afghanistan")[1:] == ["—", "3 · Meets", "—", "—"]
    assert len(soup.select("tbody tr")) == 138  # 137 in the UN series, and Bhutan


def test_the_year_switch_is_a_plain_link_that_changes_the_map_year(client, published):
    soup = soup_of(client, "/sdg/10-7-2/")
    link = soup.select_one("nav.sdg-years a:not([aria-current])")
    assert link["href"] == "?year=2019"

    earlier = soup_of(client, "/sdg/10-7-2/?year=2019")

    assert earlier.select_one("nav.sdg-years a[aria-current=page]").get_text() == "2019"
    assert "2019: 110 countries with a published category." in earlier.get_text()
    assert "2021: 89 countries with a published category." in soup.get_text()


def test_a_country_with_domains_alone_shows_the_overall_categories_they_allow(client, published):
    soup = soup_of(client, "/sdg/10-7-2/")

    row = row_of(soup, "Bhutan")
    assert "overall not published; the domains allow Partially meets or Meets" in row[2]
    assert "Migrant rights: 2" in row[4]
    assert "Domains only (1)" in soup.select_one(".sdg-legend").get_text(" ", strip=True)


@pytest.mark.parametrize(
    "address, name, source_heading",
    [
        ("/es/sdg/10-7-2/", "Perú", "Fuente y licencia"),
        ("/fr/sdg/10-7-2/", "Pérou", "Source et licence"),
    ],
)
def test_the_page_reads_in_spanish_and_french(client, published, address, name, source_heading):
    soup = soup_of(client, address)

    assert row_of(soup, name)[0] == name
    assert soup.find("h2", string=source_heading) is not None


def test_the_source_and_licence_are_named(client, published):
    text = soup_of(client, "/sdg/10-7-2/").select_one(".sdg-source").get_text(" ", strip=True)

    assert "UN SDG Global Database, series SG_CPA_MIGRS" in text
    assert "Creative Commons Attribution 4.0 International" in text


def test_a_country_with_a_published_profile_links_to_it(client, published, published_peru):
    soup = soup_of(client, "/sdg/10-7-2/")

    peru = next(th for th in soup.select("tbody th") if th.get_text(strip=True) == "Peru")
    assert peru.a["href"] == "/profiles/per/2019/"


def test_the_page_says_so_when_nothing_is_published(client, db):
    soup = soup_of(client, "/sdg/10-7-2/?year=2019")

    assert "No SDG 10.7.2 categories are published on this platform yet." in soup.get_text()


def test_the_footer_and_a_profiles_sdg_section_link_to_the_page(client, published_peru):
    soup = soup_of(client, "/profiles/per/2019/")

    links = [a["href"] for a in soup.select("a[href='/sdg/10-7-2/']")]
    assert len(links) >= 1
    assert soup.select_one(".site-footer a[href='/sdg/10-7-2/']") is not None
