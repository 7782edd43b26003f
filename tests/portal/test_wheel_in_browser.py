"""The domain wheel on a profile page, driven in a real Chromium, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def profile_url(transactional_db, live_server, published_peru) -> str:
    return f"{live_server.url}/profiles/per/2019/"


def _profile_data(page, profile_url: str) -> dict:
    """The page's own profile.json, so the test expects exactly what the server publishes."""
    response = page.request.get(profile_url + "profile.json")
    assert response.ok, response.status
    return response.json()


def _finding_texts(domain: dict) -> list[str]:
    return [finding["text"] for finding in domain["well_developed"] + domain["potential"]]


def _expect_findings(page, domain: dict) -> None:
    """Each finding of the domain, in order; a finding may carry more (its evidence) after it."""
    texts = _finding_texts(domain)
    findings = page.locator(f"#domain-{domain['slug']} .findings > li")
    expect(findings).to_have_count(len(texts))
    expect(findings).to_contain_text(texts)


def _slugs(data: dict) -> list[str]:
    return [domain["slug"] for domain in data["domains"]]


def _expect_only_section_shown(page, slugs: list[str], shown: str) -> None:
    for slug in slugs:
        section = page.locator(f"#domain-{slug}")
        segment = page.locator(f"a.wheel-segment[data-domain='{slug}']")
        if slug == shown:
            expect(section).to_be_visible()
            expect(segment).to_have_attribute("aria-current", "true")
        else:
            expect(section).to_be_hidden()
            expect(segment).not_to_have_attribute("aria-current", "true")


def test_clicking_each_segment_shows_that_domains_findings(page, profile_url):
    data = _profile_data(page, profile_url)
    slugs = _slugs(data)
    assert len(slugs) == 6
    page.goto(profile_url)

    # Clicked in reverse so that the first click changes what the page first showed.
    for domain in reversed(data["domains"]):
        page.locator(f"a.wheel-segment[data-domain='{domain['slug']}']").click()
        _expect_only_section_shown(page, slugs, domain["slug"])
        _expect_findings(page, domain)
        expect(page).to_have_url(re.compile(f"#domain-{domain['slug']}$"))


def test_the_first_domain_shows_before_any_click(page, profile_url):
    data = _profile_data(page, profile_url)
    page.goto(profile_url)
    _expect_only_section_shown(page, _slugs(data), data["domains"][0]["slug"])


def test_the_wheel_works_from_the_keyboard(page, profile_url):
    data = _profile_data(page, profile_url)
    slugs = _slugs(data)
    page.goto(profile_url)
    first = page.locator(f"a.wheel-segment[data-domain='{slugs[0]}']")
    second = page.locator(f"a.wheel-segment[data-domain='{slugs[1]}']")
    last = page.locator(f"a.wheel-segment[data-domain='{slugs[-1]}']")

    # Tab from the top of the page until the first segment has focus, as a keyboard user would.
    for _ in range(30):
        page.keyboard.press("Tab")
        if first.evaluate("element => element === document.activeElement"):
            break
    expect(first).to_be_focused()

    page.keyboard.press("ArrowRight")
    expect(second).to_be_focused()
    page.keyboard.press("Enter")
    _expect_only_section_shown(page, slugs, slugs[1])
    expect(page.locator(f"#domain-{slugs[1]}")).to_contain_text(
        _finding_texts(data["domains"][1])[0]
    )

    # Enter moves focus to the findings; going back to the wheel, the arrows wrap round it.
    second.focus()
    page.keyboard.press("ArrowLeft")
    expect(first).to_be_focused()
    page.keyboard.press("ArrowLeft")
    expect(last).to_be_focused()
    page.keyboard.press("Enter")
    _expect_only_section_shown(page, slugs, slugs[-1])


def test_the_focused_segment_looks_unlike_the_segment_whose_findings_show(page, profile_url):
    # Arrowing round the wheel moves focus but not the selection: a keyboard user must tell
    # the two apart.
    data = _profile_data(page, profile_url)
    slugs = _slugs(data)
    page.goto(profile_url)
    page.locator(f"a.wheel-segment[data-domain='{slugs[0]}']").focus()
    page.keyboard.press("ArrowRight")
    selected = page.locator(f"a.wheel-segment[data-domain='{slugs[0]}']")
    focused = page.locator(f"a.wheel-segment[data-domain='{slugs[1]}']")
    expect(focused).to_be_focused()
    expect(selected).to_have_attribute("aria-current", "true")
    assert _segment_look(focused) != _segment_look(selected)


def _segment_look(segment) -> set[str]:
    """The colours drawn round a segment: a difference in width alone is too slight to see."""
    strokes = segment.evaluate(
        """segment => Array.from(segment.querySelectorAll("path"),
                                 path => getComputedStyle(path).stroke)"""
    )
    return set(strokes) - {"none"}


def test_enter_on_a_segment_takes_focus_to_its_findings(page, profile_url):
    data = _profile_data(page, profile_url)
    slug = _slugs(data)[2]
    page.goto(profile_url)
    page.locator(f"a.wheel-segment[data-domain='{slug}']").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#domain-{slug}")).to_be_focused()


def test_a_link_to_a_domain_opens_on_that_domain(page, profile_url):
    data = _profile_data(page, profile_url)
    page.goto(profile_url + "#domain-partnerships")
    _expect_only_section_shown(page, _slugs(data), "partnerships")


def test_following_a_link_to_another_domain_on_the_same_page_shows_that_domain(page, profile_url):
    # A new fragment on the same address does not reload the page (a link pasted into the
    # address bar, a link within the page): only a hashchange event tells the wheel.
    data = _profile_data(page, profile_url)
    page.goto(profile_url + "#domain-partnerships")
    page.goto(profile_url + "#domain-mobility-crises")
    _expect_only_section_shown(page, _slugs(data), "mobility-crises")


def test_printing_the_page_prints_every_domain(page, profile_url):
    data = _profile_data(page, profile_url)
    page.goto(profile_url)
    page.emulate_media(media="print")
    for slug in _slugs(data):
        expect(page.locator(f"#domain-{slug}")).to_be_visible()
    expect(page.locator(".domain-findings .findings > li")).to_have_count(24)


def test_a_link_to_an_unknown_domain_opens_on_the_first_domain(page, profile_url):
    data = _profile_data(page, profile_url)
    page.goto(profile_url + "#domain-nonsense")
    _expect_only_section_shown(page, _slugs(data), data["domains"][0]["slug"])


def test_without_javascript_every_segment_links_to_its_section_and_all_findings_show(
    page_without_javascript, profile_url
):
    page = page_without_javascript
    data = _profile_data(page, profile_url)
    page.goto(profile_url)

    all_findings = page.locator(".domain-findings .findings > li")
    expect(all_findings).to_have_count(24)
    for domain in data["domains"]:
        slug = domain["slug"]
        expect(page.locator(f"#domain-{slug}")).to_be_visible()
        _expect_findings(page, domain)
        segment = page.locator(f"a.wheel-segment[data-domain='{slug}']")
        expect(segment).to_have_attribute("href", f"#domain-{slug}")

    for slug in reversed(_slugs(data)):
        page.locator(f"a.wheel-segment[data-domain='{slug}']").click()
        expect(page).to_have_url(re.compile(f"#domain-{slug}$"))
        expect(page.locator(f"#domain-{slug}")).to_be_in_viewport()


def test_space_on_a_segment_shows_its_findings_as_enter_does(page, profile_url):
    data = _profile_data(page, profile_url)
    slugs = _slugs(data)
    page.goto(profile_url)
    segment = page.locator(f"a.wheel-segment[data-domain='{slugs[3]}']")
    segment.focus()
    scrolled = page.evaluate("window.scrollY")

    page.keyboard.press(" ")

    _expect_only_section_shown(page, slugs, slugs[3])
    expect(page.locator(f"#domain-{slugs[3]}")).to_be_focused()
    # Space chose the segment rather than scrolling the page by a screen.
    assert page.evaluate("window.scrollY") - scrolled < 400


def test_the_chosen_segment_stands_out_and_the_others_recede(page, profile_url):
    data = _profile_data(page, profile_url)
    slugs = _slugs(data)
    page.goto(profile_url)
    page.locator(f"a.wheel-segment[data-domain='{slugs[2]}']").click()

    looks = page.evaluate(
        """() => Array.from(document.querySelectorAll("a.wheel-segment"), segment => {
             const fill = segment.querySelector("path");
             return {slug: segment.dataset.domain, filter: getComputedStyle(fill).filter,
                     transform: getComputedStyle(segment).transform};
           })"""
    )
    chosen = [look for look in looks if look["slug"] == slugs[2]]
    others = [look for look in looks if look["slug"] != slugs[2]]
    assert chosen[0]["filter"] == "none" and chosen[0]["transform"] != "none"
    assert all(look["filter"] != "none" and look["transform"] == "none" for look in others)
