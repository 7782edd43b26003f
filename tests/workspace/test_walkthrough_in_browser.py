"""One assessment from launch to a published profile, driven only through the web UI in Chromium.

Each person signs in through the login form in a browser context of their own, as they would on
their own computer; the test asserts what each of them sees at every step.
"""

import re

import pytest
from playwright.sync_api import expect

from mgi.assessments.models import Assessment, Membership, Role
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment
from tests.profiles.complete import complete_for_publication
from tests.workspace.conftest import PASSWORD

pytestmark = pytest.mark.browser

ROUND = 2024
FIRST_JUSTIFICATION = (
    "Article 5 of the **General Health Law** opens public clinics to *every* migrant.\n\n"
    "- emergency care\n- primary care"
)
SECOND_JUSTIFICATION = (
    "Enrolment needs a residence card, see the [decree](https://example.org/decree)."
)
EDITED_FINDING = "Peru's General Health Law opens public clinics to every migrant, whatever status."


@pytest.fixture
def launched(transactional_db, live_server, cast, national_framework):
    """A fresh Peru assessment in launch, with its coordinator, researcher and focal point."""
    assessment = create_assessment(
        get_or_create_country("PER"), national_framework, ROUND, cast["coordinator"]
    )
    Membership.objects.create(assessment=assessment, user=cast["researcher"], role=Role.RESEARCHER)
    Membership.objects.create(
        assessment=assessment, user=cast["focal_point"], role=Role.FOCAL_POINT
    )
    assert assessment.status == Assessment.Status.LAUNCH
    return assessment


@pytest.fixture
def browse(chromium, live_server):
    """browse(username or None) -> a page in a new browser context, signed in through the form."""
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


def expect_message(page, text: str) -> None:
    expect(page.locator(".messages")).to_contain_text(text)


def expect_status(page, label: str) -> None:
    expect(page.locator(".assessment-nav .status")).to_have_text(label)


def move(page, assessment_id: int, button: str, new_status: str, note: str = "") -> None:
    """Open the step from the assessment's page, read its checklist, and confirm it."""
    page.goto(f"/workspace/assessments/{assessment_id}/")
    page.get_by_role("link", name=f"{button}…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(button)
    expect(page.locator(".checklist")).to_be_visible()
    if note:
        page.get_by_label("Note (optional)").fill(note)
    page.get_by_role("button", name=f"Confirm: {button}").click()
    expect_message(page, f"Done: {button}.")
    expect_status(page, new_status)
    expect(page.locator(".phases [aria-current='step']")).to_have_text(new_status)


def answer(page, assessment_id: int, code: str, option: str, justification: str, source: dict):
    page.goto(f"/workspace/assessments/{assessment_id}/answers/{code}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(code)
    page.get_by_role("radio", name=option, exact=True).check()
    page.get_by_label("Justification").fill(justification)
    new_source = page.get_by_role("group", name="Add a new source (optional)")
    new_source.get_by_label("Title").fill(source["title"])
    new_source.get_by_label("Kind").select_option(label=source["kind"])
    new_source.get_by_label("Web address").fill(source["url"])
    page.get_by_role("button", name="Save the answer").click()
    expect_message(page, f"Answer {code} is saved.")
    # The saved answer comes back checked, with its new source ticked, and the preview rendered.
    expect(page.get_by_role("radio", name=option, exact=True)).to_be_checked()
    expect(
        page.get_by_role("checkbox", name=re.compile(re.escape(source["title"])))
    ).to_be_checked()


def test_an_assessment_goes_from_launch_to_a_published_profile_through_the_web(launched, browse):
    pk = launched.pk
    coordinator = browse("coordinator")
    researcher = browse("researcher")
    focal_point = browse("focal_point")

    # The coordinator starts data collection; the focal point cannot move the assessment.
    coordinator.goto(f"/workspace/assessments/{pk}/")
    expect_status(coordinator, "Launch")
    focal_point.goto(f"/workspace/assessments/{pk}/")
    expect_status(focal_point, "Launch")
    expect(focal_point.locator(".move-links a")).to_have_count(0)
    move(coordinator, pk, "Start data collection", "Data collection", note="Kick-off meeting held")
    expect(coordinator.locator("#transitions-heading + ul")).to_contain_text(
        "Launch → Data collection by coordinator: “Kick-off meeting held”"
    )

    # The researcher answers two indicators, each with a new source.
    answer(
        researcher,
        pk,
        "1.1.1",
        "Complete",
        FIRST_JUSTIFICATION,
        {"title": "General Health Law", "kind": "Law", "url": "https://example.org/health"},
    )
    preview = researcher.locator(".preview .justification")
    expect(preview.locator("strong")).to_have_text("General Health Law")
    expect(preview.locator("li")).to_have_text(["emergency care", "primary care"])
    answer(
        researcher,
        pk,
        "1.1.2",
        "Partial",
        SECOND_JUSTIFICATION,
        {"title": "School Enrolment Decree", "kind": "Policy", "url": "https://example.org/decree"},
    )
    expect(researcher.locator(".preview .justification a")).to_have_attribute(
        "href", "https://example.org/decree"
    )
    researcher.goto(f"/workspace/assessments/{pk}/questionnaire/")
    expect(researcher.get_by_text("2 of ", exact=False).first).to_be_visible()
    researcher.goto(f"/workspace/assessments/{pk}/sources/")
    expect(researcher.locator("ul.sources > li")).to_have_count(2)
    expect(researcher.locator("ul.sources")).to_contain_text("General Health Law")

    # The researcher accepts the finding suggested by 1.1.1 and rewrites it.
    researcher.goto(f"/workspace/assessments/{pk}/findings/")
    domain = researcher.locator("#domain-migrants-rights")
    expect(domain.locator("ul.suggestions > li")).to_have_count(2)
    domain.get_by_role("button", name="Accept 1.1.1").click()
    expect_message(researcher, "The suggested finding is added; edit it as you need.")
    well_developed = researcher.locator("#domain-migrants-rights ol.well_developed > li")
    expect(well_developed).to_have_count(1)
    expect(well_developed).to_contain_text("opens its public health services to all migrants")
    well_developed.get_by_role("link", name=re.compile("^Edit or comment")).click()
    expect(researcher.get_by_role("heading", level=1)).to_have_text("Finding")
    expect(researcher.get_by_label("Indicators it rests on")).to_have_value("1.1.1")
    researcher.get_by_label("Finding in English").fill(EDITED_FINDING)
    researcher.get_by_role("button", name="Save the finding").click()
    expect_message(researcher, "The finding is saved.")
    expect(well_developed).to_contain_text(EDITED_FINDING)
    expect(researcher.get_by_label("Title in English")).to_have_value(
        re.compile("^Migration Governance Profile: ")
    )

    # The coordinator sends the draft to the government; the researcher still edits in review.
    move(coordinator, pk, "Send the draft to the government", "Government review")
    researcher.goto(f"/workspace/assessments/{pk}/answers/1.1.1/")
    expect_status(researcher, "Government review")
    expect(researcher.get_by_role("button", name="Save the answer")).to_be_visible()

    # The focal point reads the answer and comments on it.
    focal_point.goto(f"/workspace/assessments/{pk}/answers/1.1.1/")
    expect_status(focal_point, "Government review")
    expect(focal_point.locator("#answer-heading + p")).to_have_text("Complete")
    expect(focal_point.locator(".justification strong")).to_have_text("General Health Law")
    expect(focal_point.locator("section[aria-labelledby='answer-heading'] cite")).to_have_text(
        "General Health Law"
    )
    focal_point.get_by_label("New comment").fill("The ministry confirms Article 5 applies.")
    focal_point.get_by_role("button", name="Post the comment").click()
    expect_message(focal_point, "Your comment is posted.")
    expect(focal_point.locator(".thread .comment-text")).to_have_text(
        "The ministry confirms Article 5 applies."
    )
    # The researcher sees the comment on the same answer.
    researcher.reload()
    expect(researcher.locator(".thread")).to_contain_text("focal_point")
    expect(researcher.locator(".thread .comment-text")).to_have_text(
        "The ministry confirms Article 5 applies."
    )

    # The rest of the questionnaire, the other domains' findings and the introduction, which
    # publication requires, are filled in directly: the publication gate has its own browser test.
    complete_for_publication(launched)

    # Consultation, the government's approval, and publication.
    move(coordinator, pk, "Open the inter-ministerial consultation", "Consultation")
    focal_point.goto(f"/workspace/assessments/{pk}/")
    expect_status(focal_point, "Consultation")
    expect(coordinator.get_by_role("button", name="Approve the final profile")).to_have_count(0)
    move(focal_point, pk, "Approve the final profile", "Validated")
    expect(focal_point.locator("#transitions-heading + ul")).to_contain_text(
        "(government approval)"
    )
    move(coordinator, pk, "Publish", "Published")
    expect(coordinator.get_by_role("link", name="Read the published profile")).to_have_attribute(
        "href", f"/profiles/per/{ROUND}/"
    )
    for person in (researcher, focal_point):
        person.goto(f"/workspace/assessments/{pk}/")
        expect_status(person, "Published")
    # Once published, nobody edits or comments any more.
    researcher.goto(f"/workspace/assessments/{pk}/answers/1.1.1/")
    expect(researcher.get_by_role("button", name="Save the answer")).to_have_count(0)
    expect(researcher.get_by_role("button", name="Post the comment")).to_have_count(0)
    expect(researcher.locator(".justification strong")).to_have_text("General Health Law")

    # Anyone can read the profile, with the finding as rewritten and its evidence.
    reader = browse(None)
    reader.goto(f"/profiles/per/{ROUND}/")
    expect(reader.get_by_role("heading", level=1)).to_have_text(
        re.compile("^Migration Governance Profile: ")
    )
    finding = reader.locator("#domain-migrants-rights ul.well-developed > li")
    expect(finding).to_have_count(1)
    expect(finding).to_contain_text(EDITED_FINDING)
    evidence = finding.locator("details.evidence")
    expect(evidence.locator(".evidence-item")).not_to_be_visible()
    evidence.locator("summary").click()
    expect(evidence.locator(".evidence-item .code")).to_have_text("1.1.1")
    expect(evidence.locator(".evidence-item")).to_contain_text("Complete")
    expect(evidence.locator("cite")).to_have_text("General Health Law")
    expect(evidence.get_by_role("link", name="https://example.org/health")).to_be_visible()
    justification = evidence.locator(".justification")
    expect(justification.locator("strong")).to_have_text("General Health Law")
    expect(justification.locator("em")).to_have_text("every")
    expect(justification.locator("li")).to_have_text(["emergency care", "primary care"])
    expect(justification).not_to_contain_text("**")
    # The comment and the unchosen suggestion stay in the workspace.
    expect(reader.locator("body")).not_to_contain_text("The ministry confirms")
    reader.goto("/profiles/")
    expect(
        reader.get_by_role("link", name=re.compile("^Migration Governance Profile"))
    ).to_have_attribute("href", f"/profiles/per/{ROUND}/")
