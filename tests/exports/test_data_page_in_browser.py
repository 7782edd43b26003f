"""The open-data page meets WCAG 2.1 AA (axe-core)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def test_the_data_page_meets_wcag_21_aa(page, transactional_db, live_server, published_chile):
    page.goto(f"{live_server.url}/data/")

    results = Axe().run(page, options=WCAG_21_AA)

    assert results.violations_count == 0, results.generate_report()
