"""The results on a profile page: summaries, derived SDG 10.7.2 beside published, and links."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.results.models import PublishedSdgCategory
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
    small_framework,
)


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def publish_categories(place, year: int, domains: list[int], overall: int) -> None:
    rows = [(f"PD_{n}", c) for n, c in enumerate(domains, start=1)] + [("_T", overall)]
    for domain, category in rows:
        PublishedSdgCategory.objects.create(
            place=place, year=year, domain=domain, category=category, source="UN SDG database"
        )


@pytest.fixture
def answered_peru(make_profile, national_framework, sdg_framework):
    """Every crosswalked indicator complete except the two behind 2d and 2e: domain 2 is 60."""
    answers = {
        code: ("complete", "In law.")
        for code, crosswalk in national_framework.indicators.values_list("code", "crosswalk")
        if crosswalk
    }
    answers["2.2.5"] = answers["2.5.3"] = ("absent", "Nothing.")
    answers["1.5.1"] = ("partial", "Some residents.")
    return make_profile("PER", 2019, answers=answers)


def sdg_rows(soup) -> list[list[str]]:
    return [
        [cell.get_text(" ", strip=True) for cell in tr.select("th, td")]
        for tr in soup.select("table.sdg-table tbody tr")
    ]


def test_the_profile_shows_domain_summaries_as_a_chart_with_a_table(client, answered_peru):
    soup = soup_of(client, "/profiles/per/2019/")

    chart = soup.select_one(".results figure.summary-chart svg[role=img]")
    assert chart.title.get_text()
    assert len(chart.select("rect.summary-chart-track")) == 6
    first = [
        c.get_text(strip=True)
        for c in soup.select("table.summary-table tbody tr")[0].select("th, td")
    ]
    assert first == ["1. Migrants' rights", "7", "1", "0", "0", "0", "8", "8 of 16 (50%)"]


@pytest.mark.parametrize(
    ("prefix", "key", "answered", "count"),
    [("/es", "Leyenda", "Con respuesta", "8 de 16"), ("/fr", "Légende", "Renseignés", "8 sur 16")],
)
def test_the_chart_and_its_table_read_in_the_pages_language(
    client, answered_peru, prefix, key, answered, count
):
    soup = soup_of(client, f"{prefix}/profiles/per/2019/")

    assert soup.select_one("ul.summary-legend")["aria-label"] == key
    assert soup.select("table.summary-table thead th")[-1].get_text() == answered
    assert soup.select_one("table.summary-table tbody td:last-child").get_text().startswith(count)
    assert count in soup.select_one("svg.summary-chart-svg text").get_text()


def test_derived_categories_stand_beside_published_ones_in_plain_words(client, answered_peru):
    publish_categories(answered_peru.place, 2019, [4, 3, 4, 4, 4, 4], 3)

    soup = soup_of(client, "/profiles/per/2019/")

    rows = sdg_rows(soup)
    # Domain names, not codes; categories as words, without their raw values.
    assert rows[0] == ["Migrant rights", "Fully meets", "Fully meets"]
    assert rows[1][1:] == ["Partially meets", "Meets (another category)"]
    assert rows[6] == ["Overall", "Meets", "Meets"]
    assert soup.select("table.sdg-table tr.sdg-differs") == [soup.select("table.sdg-table tr")[2]]
    assert [dt.get_text(strip=True) for dt in soup.select(".sdg-legend dt")] == [
        "Fully meets",
        "Meets",
        "Partially meets",
        "Requires further progress",
    ]
    # The derivation, the values and what a difference means wait in a closed technical note.
    note = soup.select_one(".results details.technical-note")
    assert note is not None and not note.has_attr("open")
    text = note.get_text(" ", strip=True)
    assert "differs from the published one in 1 of 7 rows" in text
    assert "A difference is not an error in either" in text
    assert "Published categories: 2019, the year of this round." in text
    assert "UN SDG database" in text
    assert "Overall 93.33" in text
    assert not soup.select(".results [role=note], .results .sdg-flag")


def test_the_values_of_the_technical_note_are_written_in_the_pages_language(client, answered_peru):
    note = soup_of(client, "/es/profiles/per/2019/").select_one(".technical-note")

    assert "93,33" in note.get_text()
    assert "93.33" not in note.get_text()


def test_the_source_of_published_categories_is_marked_as_english_on_other_pages(
    client, answered_peru
):
    publish_categories(answered_peru.place, 2019, [4, 3, 4, 4, 4, 4], 3)

    note = soup_of(client, "/fr/profiles/per/2019/").select_one(".technical-note")

    source = note.find(lang="en")
    assert source is not None and "UN SDG database" in source.get_text()
    assert "(en anglais)" in note.get_text(" ", strip=True)


def test_the_nearest_earlier_year_is_used_and_named(client, answered_peru):
    publish_categories(answered_peru.place, 2017, [4, 2, 4, 4, 4, 4], 3)
    publish_categories(answered_peru.place, 2021, [1, 1, 1, 1, 1, 1], 1)

    text = soup_of(client, "/profiles/per/2019/").select_one(".results").get_text(" ", strip=True)

    assert "Published categories: 2017, the nearest year before this round (2019)" in text
    assert "agree in all 7 rows" in text


def test_without_published_categories_only_the_derived_ones_show(client, answered_peru):
    soup = soup_of(client, "/profiles/per/2019/")

    assert [len(row) for row in sdg_rows(soup)] == [2] * 7
    assert "No SDG 10.7.2 categories are published" in soup.select_one(".results").get_text()


def test_a_domain_that_cannot_be_derived_says_so(client, make_profile, sdg_framework):
    make_profile("PER", 2019, answers={"1.1.1": ("partial", "Emergency care only.")})

    rows = sdg_rows(soup_of(client, "/profiles/per/2019/"))

    assert {row[1] for row in rows} == {"Cannot be derived"}


def test_a_profile_published_as_text_says_it_has_no_summary(client, published_peru):
    results = soup_of(client, "/profiles/per/2019/").select_one(".results")

    assert results.select_one("svg") is None
    assert "published as text" in results.get_text()


def test_a_local_profile_links_to_its_countrys_profile_domain_by_domain(client, make_profile):
    make_profile("PER", 2017)
    make_profile("PER", 2019)
    make_profile("PER", 2021, local="Lima")

    soup = soup_of(client, "/profiles/per-lima/2021/")

    links = [a["href"] for a in soup.select(".place-links a")]
    assert links[0] == "/profiles/per/2019/#domain-migrants-rights"
    assert links[5] == "/profiles/per/2019/#domain-safe-orderly-regular"
    assert len(links) == 6
    assert soup.select_one("a[href='/compare/?p=per-lima-2021&p=per-2019']") is not None
    assert "reported for countries" in soup.select_one(".results").get_text()


def test_a_national_profile_links_to_its_local_profiles_domain_by_domain(client, make_profile):
    make_profile("PER", 2019)
    make_profile("PER", 2021, local="Lima")
    make_profile("PER", 2022, local="Cusco")
    make_profile("PER", 2024, local="Arequipa", status="consultation")

    soup = soup_of(client, "/profiles/per/2019/")

    first = soup.select(".place-links li")[0]
    assert [a["href"] for a in first.select("a")] == [
        "/profiles/per-cusco/2022/#domain-migrants-rights",
        "/profiles/per-lima/2021/#domain-migrants-rights",
    ]


def test_the_profile_links_to_its_other_rounds_changes_and_the_explorer(client, make_profile):
    make_profile("PER", 2019)
    make_profile("PER", 2023)
    make_profile("PER", 2025, status="data_collection")

    soup = soup_of(client, "/profiles/per/2019/")

    hrefs = [a["href"] for a in soup.select(".results a")]
    assert "/profiles/per/changes/?from=2019&to=2023" in hrefs
    assert "/compare/?p=per-2019&p=per-2023" in hrefs
    assert "/indicators/" in hrefs
    assert not any("2025" in href for href in hrefs)


def test_the_profile_page_costs_the_same_queries_with_more_places_and_rounds(
    client, answered_peru, make_profile
):
    publish_categories(answered_peru.place, 2019, [4, 3, 4, 4, 4, 4], 3)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/profiles/per/2019/").status_code == 200
        return len(queries)

    make_profile("PER", 2021, local="Lima")
    make_profile("PER", 2023)
    before = count()
    make_profile("PER", 2022, local="Cusco")
    make_profile("PER", 2025)
    make_profile("PER", 2024, local="Arequipa")

    assert count() == before
