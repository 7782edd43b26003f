"""The search page meets WCAG 2.1 AA (axe-core) and works without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def site_url(transactional_db, live_server, published_chile, search_index) -> str:
    search_index()
    return live_server.url


def test_searching_from_the_header_without_javascript_reaches_the_finding(
    page_without_javascript, site_url
):
    page = page_without_javascript
    page.goto(f"{site_url}/profiles/chl/2021/")
    page.get_by_label("Search the published profiles").fill("public health services")
    page.get_by_role("button", name="Search", exact=True).first.click()

    expect(page.locator(".search-hits mark").first).to_have_text("public")
    page.locator(".search-hits h3 a").first.click()
    expect(page).to_have_url(f"{site_url}/profiles/chl/2021/#finding-rights-well-developed-1")
    expect(page.locator("#finding-rights-well-developed-1")).to_contain_text(
        "Chile opens its public health services to all migrants."
    )


def test_an_answer_hit_leads_to_a_page_that_shows_its_indicator(page_without_javascript, site_url):
    page = page_without_javascript
    page.goto(f"{site_url}/search/?q=polyclinic")
    page.get_by_role("link", name="1.1.1 Do migrants have access to public health care?").click()

    expect(page).to_have_url(f"{site_url}/indicators/tiny/1.1.1/#profile-chl-2021")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "1.1.1 Do migrants have access to public health care?"
    )
    expect(page.locator("#profile-chl-2021")).to_contain_text("polyclinic")


def test_an_answers_evidence_link_opens_it_on_the_profile(page, site_url):
    page.goto(f"{site_url}/search/?q=polyclinic")
    page.locator(".search-hit-more a").click()

    evidence = page.locator("#finding-rights-well-developed-1-indicator-1\\.1\\.1")
    expect(evidence).to_be_visible()
    expect(evidence).to_contain_text("1.1.1 Do migrants have access to public health care?")
    expect(evidence).to_contain_text("polyclinic")


def test_the_results_page_meets_wcag_21_aa(page, site_url):
    page.goto(f"{site_url}/search/?q=migrants")
    expect(page.locator(".search-hits li").first).to_be_visible()

    results = Axe().run(page, options=WCAG_21_AA)

    assert results.violations_count == 0, results.generate_report()
