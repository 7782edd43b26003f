"""The demo's SDG 10.7.2 page in a real browser: the map's marks in three languages, WCAG 2.1 AA
at a phone's and a desktop's width, no sideways scrolling on a phone, and no JavaScript needed."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
ADDRESSES = ["/sdg/10-7-2/", "/es/sdg/10-7-2/", "/fr/sdg/10-7-2/?year=2019"]


@pytest.fixture
def site_url(transactional_db, live_server) -> str:
    call_command("demo", no_serve=True, stdout=io.StringIO())
    return live_server.url


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_map_marks_about_190_countries_in_each_language(page, site_url, address):
    page.goto(f"{site_url}{address}")

    marks = page.locator("svg.world-map .world-map-country")
    assert 185 <= marks.count() <= 200
    shaded = page.locator("svg.world-map .world-map-country:not(.sdg-none)")
    assert shaded.count() == (110 if "2019" in address else 88)


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("address", ADDRESSES)
def test_the_page_meets_wcag_21_aa_and_a_phone_needs_no_sideways_scroll(
    chromium, site_url, address, width
):
    context = chromium.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{site_url}{address}")
        expect(page.locator("main h1")).to_have_count(1)
        results = Axe().run(page, options=WCAG_21_AA)
        assert results.violations_count == 0, results.generate_report()
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{address} is {overflow}px wider than a {width}px screen"
        name = address.strip("/").replace("/", "-").replace("?", "-")
        page.screenshot(path=f"/tmp/sdg-page-{name}-{width}.png", full_page=False)
    finally:
        context.close()


def test_the_year_switch_and_the_profile_links_work_without_javascript(
    page_without_javascript, site_url
):
    page = page_without_javascript
    page.goto(f"{site_url}/sdg/10-7-2/")
    expect(page.locator("nav.sdg-years a[aria-current=page]")).to_have_text("2021")

    page.locator("nav.sdg-years").get_by_role("link", name="2019").click()

    expect(page).to_have_url(f"{site_url}/sdg/10-7-2/?year=2019")
    expect(page.locator(".sdg-map figcaption")).to_contain_text("2019: 110 countries")
    peru = page.locator("svg.world-map a.world-map-country[data-code=PER]")
    expect(peru).to_have_attribute("aria-label", "Peru: 3 · Meets (2019)")
    page.locator("table.sdg-countries").get_by_role("link", name="Peru").click()
    expect(page).to_have_url(f"{site_url}/profiles/per/2019/")
