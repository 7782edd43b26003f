"""Review that finds people, in Chromium through the pages only: a focal point finds an open
comment from the dashboard in one click and replies; the researcher finds the reply in the inbox
and follows its link to the thread. The inbox meets WCAG 2.1 AA and fits a 390 px screen."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

from mgi.assessments.comments import add_comment
from tests.workspace.conftest import PASSWORD, set_status

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
QUESTION = "Does Article 5 of the General Health Law still apply in 2023?"
ANSWER = "Yes: the ministry confirmed it in its March 2023 circular."


@pytest.fixture
def in_review(transactional_db, live_server, cast, draft):
    """Peru 2023 sent to the government, with the researcher's question on indicator 1.1.1."""
    for key, first, last in [("researcher", "Ana", "Quispe"), ("focal_point", "Lucía", "Torres")]:
        cast[key].first_name, cast[key].last_name = first, last
        cast[key].save()
    set_status(draft, "government_review")
    add_comment(
        draft, cast["researcher"], QUESTION, answer=draft.answers.get(indicator__code="1.1.1")
    )
    return draft


@pytest.fixture
def sign_in(chromium, live_server):
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
        expect(page.get_by_role("heading", level=1)).to_have_text("Your workspace")
        return page

    yield open_as
    for context in contexts:
        context.close()


def test_a_focal_point_replies_from_the_dashboard_and_the_researcher_finds_the_reply(
    in_review, sign_in
):
    pk = in_review.pk
    focal_point = sign_in("focal_point")

    # One click from the dashboard to the open comment, scrolled to its thread.
    focal_point.get_by_role(
        "link", name="Ana Quispe waits for an answer on indicator 1.1.1"
    ).click()
    expect(focal_point).to_have_url(
        re.compile(rf"/workspace/assessments/{pk}/answers/1\.1\.1/#comment-\d+$")
    )
    thread = focal_point.locator(".thread:target")
    expect(thread.locator(".comment-meta strong")).to_have_text("Ana Quispe")
    expect(thread.locator(".comment-text")).to_have_text(QUESTION)
    thread.get_by_label("Reply").fill(ANSWER)
    thread.get_by_role("button", name="Reply").click()
    expect(focal_point.locator(".messages")).to_contain_text("Your comment is posted.")
    expect(focal_point.locator(".thread:target .reply")).to_contain_text("Lucía Torres")
    # Answered: it has left the focal point's inbox, and the researcher was told by mail.
    focal_point.goto("/workspace/inbox/")
    expect(focal_point.get_by_text("Ana Quispe waits for an answer")).to_have_count(0)
    assert [m.to for m in mail.outbox] == [["researcher@example.org"]]

    researcher = sign_in("researcher")
    inbox_link = researcher.locator(".site-header a.inbox-link")
    expect(inbox_link).to_contain_text("1")
    inbox_link.click()
    expect(researcher.get_by_role("heading", level=1)).to_have_text("Inbox")
    entry = researcher.get_by_role("link", name="Lucía Torres replied after you on indicator 1.1.1")
    expect(researcher.locator(".inbox-entry")).to_contain_text(ANSWER)
    entry.click()
    expect(researcher).to_have_url(
        re.compile(rf"/workspace/assessments/{pk}/answers/1\.1\.1/#comment-\d+$")
    )
    reply = researcher.locator(".reply:target")
    expect(reply.locator(".comment-text")).to_have_text(ANSWER)
    expect(reply.locator(".comment-meta strong")).to_have_text("Lucía Torres")


@pytest.mark.parametrize("address", ["/workspace/inbox/", "/workspace/"])
def test_the_inbox_and_the_dashboard_meet_wcag_21_aa_and_fit_a_phone(in_review, sign_in, address):
    for width in (1280, 390):
        page = sign_in("focal_point", width=width)
        page.goto(address)
        expect(page.locator(".inbox-entry")).to_have_count(2)
        results = Axe().run(page, options=WCAG_21_AA)
        assert results.violations_count == 0, results.generate_report()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
