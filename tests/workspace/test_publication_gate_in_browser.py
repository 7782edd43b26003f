"""The publication gate in Chromium: an incomplete assessment is not published, and once its gaps
are filled through the pages it goes through every phase to a public profile."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from mgi.assessments.models import Assessment, Membership, Role
from mgi.frameworks.loading import load_framework
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment
from tests.workspace.conftest import PASSWORD, set_status

pytestmark = pytest.mark.browser

# Three indicators in two domains: short enough to answer through the pages.
TINY_FRAMEWORK = Path(__file__).resolve().parents[1] / "api" / "tiny-framework.yaml"
ROUND = 2025
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def approved_but_incomplete(transactional_db, live_server, cast):
    """Peru 2025 on the tiny framework, validated with nothing answered and no finding."""
    framework = load_framework(TINY_FRAMEWORK).framework
    assessment = create_assessment(
        get_or_create_country("PER"), framework, ROUND, cast["coordinator"]
    )
    Membership.objects.create(assessment=assessment, user=cast["researcher"], role=Role.RESEARCHER)
    Membership.objects.create(
        assessment=assessment, user=cast["focal_point"], role=Role.FOCAL_POINT
    )
    set_status(assessment, Assessment.Status.VALIDATED)
    return assessment


@pytest.fixture
def browse(chromium, live_server):
    contexts = []

    def open_as(username: str | None):
        context = chromium.new_context(base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        if username:
            page.goto("/accounts/login/")
            page.locator("#id_username").fill(username)
            page.locator("#id_password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("button", name=f"Sign out ({username})")).to_be_visible()
        return page

    yield open_as
    for context in contexts:
        context.close()


def assert_accessible(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def take_step(page, pk: int, step: str, note: str = "") -> None:
    page.goto(f"/workspace/assessments/{pk}/")
    page.get_by_role("link", name=f"{step}…").click()
    if note:
        page.get_by_label("Note (optional)").fill(note)
    page.get_by_role("button", name=f"Confirm: {step}").click()
    expect(page.locator(".messages")).to_contain_text(f"Done: {step}.")


def answer(page, pk: int, code: str) -> None:
    page.goto(f"/workspace/assessments/{pk}/answers/{code}/")
    page.get_by_role("radio", name="Complete", exact=True).check()
    page.get_by_label("Justification").fill(f"The law that settles {code}, article 3.")
    new_source = page.get_by_role("group", name="Add a new source (optional)")
    new_source.get_by_label("Title").fill(f"Law on {code}")
    new_source.get_by_label("Kind").select_option(label="Law")
    page.get_by_role("button", name="Save the answer").click()
    expect(page.locator(".messages")).to_contain_text(f"Answer {code} is saved.")


def add_finding(page, pk: int, slug: str, text: str) -> None:
    page.goto(f"/workspace/assessments/{pk}/findings/")
    domain = page.locator(f"#domain-{slug}")
    domain.locator("summary", has_text="Add a finding").click()
    domain.get_by_label("Finding").fill(text)
    domain.get_by_role("button", name="Add the finding").click()
    expect(page.locator(".messages")).to_contain_text("The finding is added.")


def test_an_incomplete_assessment_is_held_at_the_gate_until_its_gaps_are_filled(
    approved_but_incomplete, browse
):
    pk = approved_but_incomplete.pk
    coordinator = browse("coordinator")

    # The coordinator tries to publish: the page names every gap and offers no way through.
    coordinator.goto(f"/workspace/assessments/{pk}/")
    coordinator.get_by_role("link", name="Publish…").click()
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Publish")
    gate = coordinator.locator(".gate-closed")
    expect(gate).to_contain_text("Publication is not possible yet")
    gaps = coordinator.locator(".checklist-items > li.check-gap")
    expect(gaps).to_have_count(3)
    expect(gaps.nth(0)).to_contain_text("3 of 3 indicators are unanswered.")
    expect(gaps.nth(0).get_by_role("link", name="1. Migrants' rights")).to_have_attribute(
        "href", f"/workspace/assessments/{pk}/questionnaire/#domain-rights"
    )
    expect(gaps.nth(1)).to_contain_text("2 domains have no finding")
    expect(gaps.nth(2)).to_contain_text("The introduction is empty (in English).")
    expect(coordinator.get_by_role("button", name="Confirm: Publish")).to_have_count(0)
    assert_accessible(coordinator)
    assert Assessment.objects.get(pk=pk).status == Assessment.Status.VALIDATED

    # Back to data collection: the return is worded and styled apart, and needs a reason.
    gate.get_by_role("link", name="Return to data collection…").click()
    expect(coordinator.locator(".step-summary.step-back")).to_contain_text("approves again")
    back = coordinator.get_by_role("button", name="Return it: Return to data collection")
    back.click()  # the browser asks for the reason first; without it, so does the server
    coordinator.get_by_label("Reason for the return (required)").fill(
        "The answers and findings are missing."
    )
    back.click()
    expect(coordinator.locator(".messages")).to_contain_text("Done: Return to data collection.")
    expect(coordinator.locator(".phases [aria-current='step']")).to_have_text("Data collection")

    # The researcher fills the gaps through the pages.
    researcher = browse("researcher")
    for code in ("1.1.1", "1.1.2", "2.1.1"):
        answer(researcher, pk, code)
    add_finding(researcher, pk, "rights", "Migrants use public clinics and schools.")
    add_finding(researcher, pk, "partnerships", "Peru takes part in a regional process.")
    researcher.goto(f"/workspace/assessments/{pk}/findings/")
    researcher.get_by_label("Introduction in English").fill("This profile covers two domains.")
    researcher.get_by_label("Title in Spanish").fill("Perfil de gobernanza migratoria")
    researcher.get_by_role("button", name="Save the title and introduction").click()
    expect(researcher.locator(".messages")).to_contain_text("The title and introduction are saved.")

    # Every phase again, the focal point's approval, and publication.
    take_step(coordinator, pk, "Send the draft to the government")
    take_step(coordinator, pk, "Open the inter-ministerial consultation")
    focal_point = browse("focal_point")
    take_step(focal_point, pk, "Approve the final profile", note="Approved by the ministry.")
    expect(focal_point.locator(".approval-record")).to_contain_text("Approved revision 1")
    coordinator.goto(f"/workspace/assessments/{pk}/")
    coordinator.get_by_role("link", name="Publish…").click()
    expect(coordinator.locator(".checklist-summary")).to_contain_text("Nothing stops publication.")
    expect(coordinator.locator(".checklist-items > li.check-gap")).to_have_count(0)
    assert_accessible(coordinator)
    coordinator.get_by_role("button", name="Confirm: Publish").click()
    expect(coordinator.locator(".messages")).to_contain_text("Done: Publish.")
    expect(coordinator.locator(".phases [aria-current='step']")).to_have_text("Published")

    reader = browse(None)
    response = reader.goto(f"/profiles/per/{ROUND}/")
    assert response.status == 200
    expect(reader.locator("main")).to_contain_text("Migrants use public clinics and schools.")
