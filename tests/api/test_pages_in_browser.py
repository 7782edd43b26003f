"""The API documentation and the token pages meet WCAG 2.1 AA (axe-core)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.workspace.conftest import PASSWORD

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def _assert_no_violations(page) -> None:
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_the_api_docs_page_meets_wcag_21_aa(page, transactional_db, live_server):
    page.goto(f"{live_server.url}/api/v1/docs")
    _assert_no_violations(page)


def test_the_tokens_page_with_a_new_token_meets_wcag_21_aa(
    page, transactional_db, live_server, cast
):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("researcher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{live_server.url}/workspace/tokens/")
    page.get_by_label("Name").fill("scripts")
    page.get_by_role("button", name="Create the token").click()

    assert page.locator("#new-token").input_value().startswith("mgi_")
    _assert_no_violations(page)
