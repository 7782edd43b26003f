"""The public pages meet WCAG 2.1 AA, as far as axe-core can tell, with and without JavaScript."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def site_url(transactional_db, live_server, published_peru) -> str:
    return live_server.url


def _assert_no_violations(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_the_profile_page_meets_wcag_21_aa(page, site_url):
    page.goto(f"{site_url}/profiles/per/2019/")
    expect(page.locator(".domain-findings:visible")).to_have_count(1)
    _assert_no_violations(page)


def test_the_profile_page_meets_wcag_21_aa_with_another_domain_shown(page, site_url):
    page.goto(f"{site_url}/profiles/per/2019/")
    page.locator("a.wheel-segment[data-domain='mobility-crises']").click()
    expect(page.locator("#domain-mobility-crises")).to_be_visible()
    _assert_no_violations(page)


def test_the_profile_page_without_javascript_meets_wcag_21_aa(page, site_url):
    # axe runs asynchronously, and in a context with JavaScript off its promise never settles, so
    # the page's own scripts are refused instead: the reader gets the same page as without scripts.
    page.route("**/*", _refuse_scripts)
    page.goto(f"{site_url}/profiles/per/2019/")
    assert page.locator("script:not([src]), noscript").count() == 0
    expect(page.locator("html")).not_to_have_class(re.compile("js-wheel"))
    expect(page.locator(".domain-findings:visible")).to_have_count(6)
    _assert_no_violations(page)


def _refuse_scripts(route) -> None:
    if route.request.resource_type == "script":
        route.abort()
    else:
        route.continue_()


def test_the_profile_list_meets_wcag_21_aa(page, site_url):
    page.goto(f"{site_url}/profiles/")
    # The list links the round by its title; the map and its list name the country.
    expect(
        page.get_by_role("link", name="Migration Governance Profile: The Republic of Peru")
    ).to_have_count(1)
    _assert_no_violations(page)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_spanish_and_french_profile_pages_meet_wcag_21_aa(page, site_url, language):
    page.goto(f"{site_url}/{language}/profiles/per/2019/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    _assert_no_violations(page)
