"""A researcher's day in Chromium, through the pages only: answers with and without sources, the
unanswered filter with "save and go to the next", a refused finding, and the history."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from mgi.assessments.comments import add_comment
from mgi.assessments.models import Assessment, Membership, Role, Source
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment
from tests.workspace.conftest import PASSWORD

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def collecting(transactional_db, live_server, cast, national_framework):
    """Peru 2024 in data collection, with a researcher whose name the history shows."""
    assessment = create_assessment(
        get_or_create_country("PER"), national_framework, 2024, cast["coordinator"]
    )
    researcher = cast["researcher"]
    researcher.first_name, researcher.last_name = "Ana", "Quispe"
    researcher.save()
    Membership.objects.create(assessment=assessment, user=researcher, role=Role.RESEARCHER)
    Assessment.objects.filter(pk=assessment.pk).update(status=Assessment.Status.DATA_COLLECTION)
    return assessment


@pytest.fixture
def signed_in(chromium, live_server):
    """signed_in(username, width) -> a page signed in through the form, at that screen width."""
    contexts = []

    def open_as(username: str, width: int = 1280):
        context = chromium.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 900}
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto("/accounts/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("button", name=f"Sign out ({username})")).to_be_visible()
        return page

    yield open_as
    for context in contexts:
        context.close()


def ws(assessment, rest: str = "") -> str:
    return f"/workspace/assessments/{assessment.pk}/{rest}"


def assert_no_violations(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def assert_fits_the_screen(page) -> None:
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths


def choose(page, label: str) -> None:
    page.get_by_role("group", name="Answer").get_by_label(label, exact=True).check()


def test_a_researcher_answers_with_and_without_sources_and_works_through_the_unanswered(
    signed_in, collecting
):
    Source.objects.create(assessment=collecting, title="General Health Law", kind="law")
    page = signed_in("researcher")

    # Without a source: nothing of "Add a new source (optional)" stops the browser.
    page.goto(ws(collecting, "answers/1.1.1/"))
    choose(page, "Complete")
    page.get_by_role("textbox", name="Justification").fill(
        "Article 5 opens public clinics to every migrant."
    )
    page.get_by_role("button", name="Save the answer", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Answer 1.1.1 is saved.")

    # With a new source.
    page.goto(ws(collecting, "answers/1.1.2/"))
    choose(page, "Partial")
    new_source = page.get_by_role("group", name="Add a new source (optional)")
    new_source.get_by_label("Title").fill("Ley de Migraciones")
    new_source.get_by_label("Web address").fill("https://example.org/ley")
    page.get_by_role("button", name="Save the answer", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Answer 1.1.2 is saved.")

    # With an existing source, from the unanswered list, then on to the next unanswered.
    page.goto(ws(collecting, "questionnaire/"))
    page.get_by_label("Show").select_option("unanswered")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"show=unanswered"))
    expect(page.locator(".indicator-list a", has_text="1.1.1")).to_have_count(0)
    page.locator(".indicator-list a", has_text="1.1.3").click()
    choose(page, "Absent")
    page.get_by_role("group", name="Sources").get_by_label("General Health Law (Law)").check()
    page.get_by_role("button", name="Save and go to the next unanswered").click()
    expect(page.locator(".messages")).to_contain_text("Answer 1.1.3 is saved; here is 1.1.4.")
    expect(page.locator("h1 .code")).to_have_text("1.1.4")

    answers = {
        a.indicator.code: a
        for a in collecting.answers.filter(indicator__code__in=["1.1.1", "1.1.2", "1.1.3"])
    }
    assert answers["1.1.1"].option.code == "complete"
    assert list(answers["1.1.1"].sources.all()) == []
    assert [s.title for s in answers["1.1.2"].sources.all()] == ["Ley de Migraciones"]
    assert [s.title for s in answers["1.1.3"].sources.all()] == ["General Health Law"]

    # The history says it in words.
    page.goto(ws(collecting, "history/"))
    expect(page.locator(".history-list .sentence").first).to_have_text(
        re.compile(r"^Ana Quispe answered 1\.1\.3 \(.*\): Absent$")
    )
    expect(page.locator(".history-list")).to_contain_text("added source: General Health Law")


def test_a_finding_refused_for_an_unknown_code_keeps_its_text_and_names_the_code(
    signed_in, collecting
):
    page = signed_in("researcher")
    page.goto(ws(collecting, "findings/"))
    domain = page.locator("#domain-" + collecting.framework.domains.get(number=2).slug)
    domain.get_by_text("Add a finding").click()
    domain.get_by_label("Finding").fill("Peru could publish its integration strategy.")
    domain.get_by_label("Indicators it rests on").fill("2.1.1, 9.9.9")
    domain.get_by_role("button", name="Add the finding").click()

    domain = page.locator("#domain-" + collecting.framework.domains.get(number=2).slug)
    expect(domain.get_by_role("alert")).to_have_text(
        "Indicator code “9.9.9” is not in this framework."
    )
    expect(domain.get_by_label("Finding")).to_have_value(
        "Peru could publish its integration strategy."
    )
    expect(domain.get_by_label("Indicators it rests on")).to_have_value("2.1.1, 9.9.9")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_answer_page_questionnaire_and_history_meet_wcag_21_aa_and_fit_a_phone(
    signed_in, collecting, cast, width
):
    answer = collecting.answers.get(indicator__code="1.1.2")
    add_comment(collecting, cast["coordinator"], "Which law is this?", answer=answer)
    page = signed_in("researcher", width)
    page.goto(ws(collecting, "answers/1.1.2/"))
    choose(page, "Partial")
    page.get_by_role("textbox", name="Justification").fill(
        "Only primary care, since a very long time ago."
    )
    page.get_by_role("button", name="Save the answer", exact=True).click()
    page.get_by_role("textbox", name="Justification").fill(
        "Primary and emergency care, since the reform."
    )
    page.get_by_role("button", name="Save the answer", exact=True).click()
    expect(page.get_by_role("button", name="Save and go to the next")).to_be_visible()
    assert_no_violations(page)
    assert_fits_the_screen(page)

    page.goto(ws(collecting, "questionnaire/?show=commented"))
    expect(page.locator(".comment-mark")).to_have_count(1)
    assert_no_violations(page)
    assert_fits_the_screen(page)

    page.goto(ws(collecting, "history/"))
    expect(page.locator(".text-diff ins").first).to_be_visible()
    assert_no_violations(page)
    assert_fits_the_screen(page)
