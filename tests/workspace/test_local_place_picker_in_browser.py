"""The local place picker in Chromium on a phone's width: search, a refusal, pick, start."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from mgi.places.models import Place
from tests.workspace.conftest import PASSWORD

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def assert_accessible(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def assert_fits(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.fixture
def coordinator_page(transactional_db, live_server, chromium, cast, national_framework):
    context = chromium.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto("/accounts/login/")
    page.locator("#id_username").fill("coordinator")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out (coordinator)")).to_be_visible()
    yield page
    context.close()


def test_a_coordinator_picks_a_state_on_a_phone_and_starts_its_assessment(coordinator_page):
    page = coordinator_page
    page.goto("/workspace/assessments/new/")
    page.get_by_role("link", name="Find it in the gazetteer").click()

    page.get_by_label("Country").fill("Atlantis")
    page.get_by_label("Name of the city").fill("Nuevo")
    page.get_by_role("button", name="Find").click()
    expect(page.get_by_role("alert")).to_contain_text("Country: “Atlantis” is refused")
    expect(page.get_by_label("Name of the city")).to_have_value("Nuevo")
    assert_accessible(page)
    assert_fits(page)

    page.get_by_label("Country").fill("Mexico")
    page.get_by_role("button", name="Find").click()
    page.screenshot(path="/tmp/local-picker-390.png", full_page=True)
    assert_accessible(page)
    assert_fits(page)
    page.get_by_label("Nuevo León").check()
    page.get_by_label("Round (year)").fill("2022")
    page.get_by_role("button", name="Create the assessment").click()

    expect(page.locator(".messages")).to_contain_text("The assessment is created")
    place = Place.objects.get(code="MEX-NUEVO-LEON")
    assert (place.parent.code, place.local_kind, place.subdivision_code) == (
        "MEX",
        "state",
        "MX-NLE",
    )
