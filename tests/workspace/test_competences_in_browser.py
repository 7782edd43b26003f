"""The competences page in Chromium, in Spanish on a phone: tick, save, read back; axe-clean."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from mgi.assessments.models import Assessment, LocalCompetences, Membership, Role
from mgi.places.services import get_or_create_country, get_or_create_local
from mgi.profiles.rounds import create_assessment
from tests.workspace.conftest import PASSWORD

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def coto_brus(transactional_db, live_server, cast, local_framework):
    place = get_or_create_local(get_or_create_country("CRI"), "Coto Brus")
    assessment = create_assessment(place, local_framework, 2024, cast["coordinator"])
    Membership.objects.create(assessment=assessment, user=cast["researcher"], role=Role.RESEARCHER)
    Assessment.objects.filter(pk=assessment.pk).update(status=Assessment.Status.DATA_COLLECTION)
    return assessment


@pytest.fixture
def phone(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def sign_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name=f"Sign out ({username})")).to_be_visible()


def assert_no_violations(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def assert_fits_the_screen(page) -> None:
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths


def test_a_researcher_records_the_competences_in_spanish_on_a_phone(phone, coto_brus):
    sign_in(phone, "researcher")
    phone.goto(f"/es/workspace/assessments/{coto_brus.pk}/")
    phone.get_by_role("link", name="Competencias", exact=True).click()

    expect(phone.get_by_role("heading", level=1)).to_have_text("Competencias de la autoridad local")
    assert_fits_the_screen(phone)
    assert_no_violations(phone)
    held = phone.get_by_role("group", name="Competencias que ejerce la autoridad local")
    held.get_by_label("Salud", exact=True).check()
    held.get_by_label("Educación", exact=True).check()
    phone.get_by_role("button", name="Guardar las competencias").click()

    expect(phone.get_by_text("Las competencias están guardadas.")).to_be_visible()
    expect(held.get_by_label("Salud", exact=True)).to_be_checked()
    expect(held.get_by_label("Vivienda", exact=True)).not_to_be_checked()
    assert_fits_the_screen(phone)
    assert_no_violations(phone)
    phone.screenshot(path="/tmp/localfw-competences-390-es.png", full_page=True)
    record = LocalCompetences.objects.get(assessment=coto_brus)
    assert set(record.held.values_list("code", flat=True)) == {"health", "education"}
