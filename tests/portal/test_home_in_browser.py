"""The home page and the profile list meet WCAG 2.1 AA, no page scrolls sideways on a phone or at
200% zoom, and a profile page prints its findings without the site's furniture."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PAGES = ["/", "/profiles/", "/profiles/per/2019/", "/es/", "/fr/profiles/"]


@pytest.fixture
def site_url(transactional_db, live_server, published_peru) -> str:
    return live_server.url


def _assert_no_violations(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize(
    "address", ["/", "/es/", "/fr/", "/profiles/", "/es/profiles/", "/fr/profiles/"]
)
def test_the_home_page_and_profile_list_meet_wcag_21_aa(page, site_url, address):
    page.goto(f"{site_url}{address}")
    expect(page.locator("main h1")).to_have_count(1)
    _assert_no_violations(page)


def test_a_wheel_segment_on_the_home_page_moves_to_the_domain_description(page, site_url):
    page.goto(f"{site_url}/")
    page.locator("a.wheel-segment[data-domain='partnerships']").click()

    expect(page).to_have_url(f"{site_url}/#about-partnerships")
    expect(page.locator("#about-partnerships")).to_be_in_viewport()
    _assert_no_violations(page)


def test_the_home_page_works_without_javascript(page_without_javascript, site_url):
    page = page_without_javascript
    page.goto(f"{site_url}/")

    expect(page.locator("a.wheel-segment")).to_have_count(6)
    expect(
        page.get_by_role("link", name="Migration Governance Profile: The Republic of Peru")
    ).to_be_visible()


@pytest.mark.parametrize("width", [320, 640])  # a phone; a 1280-pixel screen at 200% zoom
@pytest.mark.parametrize("address", PAGES)
def test_no_page_scrolls_sideways_on_a_narrow_screen(chromium, site_url, address, width):
    context = chromium.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    try:
        page.goto(f"{site_url}{address}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{address} is {overflow}px wider than a {width}px screen"
    finally:
        context.close()


def test_printing_a_profile_page_shows_every_domain_without_the_site_furniture(page, site_url):
    page.goto(f"{site_url}/profiles/per/2019/")
    page.emulate_media(media="print")

    expect(page.locator(".domain-findings:visible")).to_have_count(6)
    expect(page.locator(".site-header nav").first).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".downloads")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
