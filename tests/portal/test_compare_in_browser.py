"""Comparisons, round changes, the explorer and profile results in Chromium, checked by axe-core."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import pytest
from playwright.sync_api import expect

from mgi.results.models import PublishedSdgCategory
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
    small_framework,
)
from tests.portal.test_accessibility import _assert_no_violations, _refuse_scripts

pytestmark = pytest.mark.browser


@pytest.fixture
def site_url(transactional_db, live_server, make_profile, national_framework, sdg_framework):
    crosswalked = {
        code: ("complete", "Set out in **law**.")
        for code, crosswalk in national_framework.indicators.values_list("code", "crosswalk")
        if crosswalk
    }
    peru = make_profile(
        "PER",
        2019,
        answers={**crosswalked, "2.2.5": ("absent", "No mechanism.")},
        findings=[
            (1, "well_developed", "Migrants use public health services.", ["1.1.1"]),
            (1, "potential", "Local voting is limited.", ["1.5.1"]),
        ],
    )
    make_profile(
        "PER",
        2023,
        answers={**crosswalked, "2.2.5": ("complete", "A gender working group since 2022.")},
        findings=[(1, "well_developed", "Local voting is open to all residents.", ["1.5.1"])],
    )
    make_profile(
        "CHL",
        2021,
        answers={"1.1.1": ("partial", "Emergency care only.")},
        findings=[(2, "well_developed", "A migration service implements policy.", ["2.1.1"])],
    )
    make_profile("PER", 2021, local="Lima", findings=[(3, "potential", "No city office.", [])])
    # Derived, domain 2 is 80 (Meets) and the overall 96.67 (Meets): one difference.
    for number, category in enumerate([4, 4, 4, 4, 4, 4], start=1):
        PublishedSdgCategory.objects.create(
            place=peru.place, year=2019, domain=f"PD_{number}", category=category
        )
    PublishedSdgCategory.objects.create(place=peru.place, year=2019, domain="_T", category=3)
    return live_server.url


def test_choosing_profiles_in_the_form_shows_them_side_by_side(page_without_javascript, site_url):
    page = page_without_javascript
    page.goto(f"{site_url}/compare/")
    page.select_option("#p-1", "per-2019")
    page.select_option("#p-2", "chl-2021")
    page.get_by_role("button", name="Compare").click()

    domain = page.locator("#domain-migrants-rights")
    expect(domain.locator(".compare-column h3")).to_have_text(["Peru 2019", "Chile 2021"])
    expect(domain).to_contain_text("Migrants use public health services.")
    expect(page.locator("#domain-whole-of-government")).to_contain_text(
        "A migration service implements policy."
    )
    expect(domain.locator("table.summary-table tbody tr")).to_have_count(2)


def test_the_compare_page_meets_wcag_21_aa(page, site_url):
    page.goto(f"{site_url}/compare/?p=per-2019&p=chl-2021&p=per-lima-2021")
    expect(page.locator(".compare-domain")).to_have_count(6)
    _assert_no_violations(page)


def test_the_changes_page_lists_the_changed_answers_and_meets_wcag_21_aa(page, site_url):
    page.route("**/*", _refuse_scripts)
    page.goto(f"{site_url}/profiles/per/changes/?from=2019&to=2023")
    row = page.locator("table.changes-table tbody tr", has_text="2.2.5")
    expect(row.locator("td.before")).to_contain_text("No mechanism.")
    expect(row.locator("td.after")).to_contain_text("A gender working group since 2022.")
    expect(page.locator("ins")).to_have_text(["Local voting is open to all residents."])
    expect(page.locator("del")).to_have_count(2)
    _assert_no_violations(page)


def test_the_explorer_pages_meet_wcag_21_aa(page, site_url):
    page.goto(f"{site_url}/indicators/")
    page.get_by_role("link", name="2.2.5").click()
    # Every published profile has a row, answered or not; places in name order.
    expect(page.locator(".explorer-row h3")).to_have_text(
        ["Chile 2021", "Lima 2021", "Peru 2019", "Peru 2023"]
    )
    _assert_no_violations(page)
    page.select_option("#round", "2023")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator(".explorer-row h3")).to_have_text(["Peru 2023"])
    _assert_no_violations(page)


def test_the_profile_results_meet_wcag_21_aa_and_mark_the_difference(page, site_url):
    page.goto(f"{site_url}/profiles/per/2019/")
    results = page.locator("section.results")
    expect(results.locator("tr.sdg-differs")).to_have_count(1)
    expect(results).to_contain_text("differs from the published one in 1 of 7 rows")
    _assert_no_violations(page)


def test_the_local_profile_links_to_the_national_domain(page, site_url):
    page.goto(f"{site_url}/profiles/per-lima/2021/")
    page.locator(".place-links a").nth(2).click()
    expect(page).to_have_url(f"{site_url}/profiles/per/2023/#domain-partnerships")
    expect(page.locator("#domain-partnerships")).to_be_visible()
