"""Every kind of public page, in English, Spanish and French, on a small phone, a common phone
and a laptop: nothing scrolls sideways, and axe-core finds nothing against WCAG 2.1 AA."""

# ruff: noqa: F811

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.portal.public_site import (  # noqa: F401 (fixtures)
    LANGUAGE_PREFIXES,
    addresses,
    coordinator,
    make_profile,
    public_site,
)
from tests.portal.test_accessibility import WCAG_21_AA

pytestmark = pytest.mark.browser

WIDTHS = (320, 390, 1280)
PHONE = {"width": 390, "height": 844}


def _sideways_overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def _visit(page, address: str) -> None:
    page.goto(address)
    # A page wider than the screen may still fit once the web fonts and scripts settle.
    page.wait_for_load_state("load")


def test_no_public_page_scrolls_sideways_at_any_width_in_any_language(page, public_site):
    too_wide = []
    for name, language, path in addresses():
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 844})
            _visit(page, f"{public_site}{path}")
            overflow = _sideways_overflow(page)
            if overflow > 0:
                too_wide.append(f"{name} ({language}) is {overflow}px too wide at {width}px")
    assert too_wide == [], "\n".join(too_wide)


def test_axe_finds_no_violation_on_any_public_page_on_a_phone_or_a_laptop(page, public_site):
    reports = []
    for name, language, path in addresses():
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 844})
            _visit(page, f"{public_site}{path}")
            results = Axe().run(page, options=WCAG_21_AA)
            if results.violations_count:
                reports.append(f"{name} ({language}, {width}px):\n{results.generate_report()}")
    assert reports == [], "\n".join(reports)


def test_on_a_phone_the_profile_shows_its_downloads_at_once_and_its_findings_soon(
    page, public_site
):
    for prefix in LANGUAGE_PREFIXES.values():
        page.set_viewport_size(PHONE)
        _visit(page, f"{public_site}{prefix}/profiles/per/2019/")
        for download in ("profile.pdf", "profile.csv", "profile.json"):
            link = page.locator(f".profile-header a[href='{download}']")
            box = link.bounding_box()
            assert box is not None and box["y"] + box["height"] <= PHONE["height"], download
        first_finding = page.locator(".domain-findings .findings > li").first.bounding_box()
        assert first_finding is not None and first_finding["y"] <= 1700


def test_a_wide_table_scrolls_in_its_own_labelled_box_that_the_keyboard_reaches(page, public_site):
    page.set_viewport_size({"width": 320, "height": 844})
    _visit(page, f"{public_site}/profiles/per/2019/")
    tables = page.locator("main table")
    assert tables.count() >= 2
    for index in range(tables.count()):
        table = tables.nth(index)
        if not table.is_visible():
            continue
        box = table.evaluate(
            "t => { const r = t.closest('[role=region]'); return r && {"
            " label: r.getAttribute('aria-label') || r.getAttribute('aria-labelledby'),"
            " tabindex: r.getAttribute('tabindex'), fits: r.clientWidth <= innerWidth}; }"
        )
        assert box and box["label"] and box["tabindex"] == "0" and box["fits"], index


def _sign_in(page, site_url: str) -> None:
    page.goto(f"{site_url}/accounts/login/")
    page.get_by_label("Username").fill("coordinator")
    page.get_by_label("Password").fill("a-long-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def _header_rows(page) -> int:
    """How many rows the header's parts take: their distinct tops, to the nearest 20px."""
    tops = page.evaluate(
        "[...document.querySelector('.site-header').children]"
        ".map(e => Math.round(e.getBoundingClientRect().top / 20))"
    )
    return len(set(tops))


def test_signed_in_the_header_keeps_one_row_and_the_workspace_fits_a_phone(page, public_site):
    _sign_in(page, public_site)
    page.goto(f"{public_site}/workspace/")
    overview = page.evaluate(
        "[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))"
        ".find(href => /^\\/workspace\\/assessments\\/\\d+\\/$/.test(href))"
    )
    assert overview
    problems = []
    for prefix in LANGUAGE_PREFIXES.values():
        for path in ("/workspace/", overview, f"{overview}history/", "/profiles/per/2019/"):
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 844})
                _visit(page, f"{public_site}{prefix}{path}")
                assert page.locator(".site-header").count() == 1, page.url
                if _sideways_overflow(page) > 0:
                    problems.append(f"{prefix}{path} scrolls sideways at {width}px")
                if width == 1280 and _header_rows(page) > 1:
                    problems.append(f"{prefix}{path}: the header wraps at {width}px")
    assert problems == [], "\n".join(problems)


def test_chart_labels_read_at_12px_or_more_on_any_screen(page, public_site):
    small = []
    for path in ("/profiles/per/2019/", "/compare/?p=per-2019&p=per-2023"):
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 844})
            _visit(page, f"{public_site}{path}")
            # The rendered size of each label: its font size times the chart's scale.
            sizes = page.evaluate(
                """() => Array.from(document.querySelectorAll(".summary-chart-label"), label => {
                     const svg = label.ownerSVGElement;
                     const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                     return parseFloat(getComputedStyle(label).fontSize) * scale;
                   })"""
            )
            assert sizes, f"{path} draws no chart"
            small += [f"{path} at {width}px: {size:.1f}px" for size in sizes if size < 12]
    assert small == [], "\n".join(small)
