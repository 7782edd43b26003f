"""A draft's team follows the overview's link to what changed since 2019, in Chromium."""

import pytest
from playwright.sync_api import expect

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment
from tests.portal.test_accessibility import _assert_no_violations
from tests.workspace.conftest import PASSWORD, set_status

pytestmark = pytest.mark.browser


def answer(assessment, user, code: str, option: str, justification: str) -> None:
    row = assessment.answers.get(indicator__code=code)
    save_answer(row, row.version, AnswerEdit(option, justification, []), user)


@pytest.fixture
def draft_page(transactional_db, live_server, cast, national_framework, page):
    published = create_assessment(
        get_or_create_country("PER"), national_framework, 2019, cast["coordinator"]
    )
    answer(published, cast["coordinator"], "2.2.5", "absent", "No gender mechanism.")
    set_status(published, "published")
    draft = create_assessment(
        get_or_create_country("PER"), national_framework, 2023, cast["coordinator"]
    )
    answer(draft, cast["coordinator"], "2.2.5", "partial", "A **working group** since 2022.")
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("#id_username").fill("coordinator")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{live_server.url}/workspace/assessments/{draft.pk}/")
    return page


def test_the_team_follows_the_overview_to_what_changed_and_it_meets_wcag_21_aa(draft_page):
    page = draft_page
    expect(page.locator("section.results svg[role=img]")).to_have_count(1)
    _assert_no_violations(page)

    page.get_by_role("link", name="What changed since the published profile of Peru 2019").click()

    row = page.locator("table.changes-table tbody tr", has_text="2.2.5")
    expect(row.locator("td.before")).to_contain_text("No gender mechanism.")
    expect(row.locator("td.after strong")).to_have_text(["Partial", "working group"])
    _assert_no_violations(page)
