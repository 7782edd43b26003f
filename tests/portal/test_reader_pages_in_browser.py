"""Search with results, the API docs and the 404 page meet WCAG 2.1 AA (axe-core) in English,
Spanish and French, on a phone (390 px) and a laptop (1280 px), without scrolling sideways."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.api.conftest import (  # noqa: F401  (fixtures)
    cast,
    published_chile,
    search_index,
    tiny_framework,
)

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
WIDTHS = (390, 1280)
PREFIXES = {"en": "", "es": "/es", "fr": "/fr"}
ADDRESSES = {
    "search": "{prefix}/search/?q=migrants*&all_languages=on",
    "api-docs": "{prefix}/api/v1/docs",
    "not-found": "{prefix}/no/such/page/",
}


@pytest.fixture
def site_url(transactional_db, live_server, published_chile, published_peru, search_index):  # noqa: F811
    search_index()
    return live_server.url


@pytest.mark.parametrize("language", PREFIXES)
@pytest.mark.parametrize("name", ADDRESSES)
def test_the_page_meets_wcag_21_aa_at_both_widths_without_sideways_scroll(
    chromium, site_url, name, language
):
    context = chromium.new_context()
    page = context.new_page()
    try:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            address = ADDRESSES[name].format(prefix=PREFIXES[language])
            response = page.goto(f"{site_url}{address}")
            assert page.locator("html").get_attribute("lang") == language
            if name == "search":
                assert page.locator(".search-hits li").count() > 0
            if name == "not-found":
                assert response.status == 404
            results = Axe().run(page, options=WCAG_21_AA)
            assert results.violations_count == 0, f"{width}px\n{results.generate_report()}"
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{address} scrolls sideways by {overflow}px at {width}px"
    finally:
        context.close()
