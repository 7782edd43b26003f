"""The maps of published profiles in Chromium: links by mouse and keyboard, axe-core, no script,
a phone's width."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import re

import pytest
from playwright.sync_api import expect

from mgi.places.models import Place
from mgi.places.projection import project
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)
from tests.portal.test_accessibility import _assert_no_violations

pytestmark = pytest.mark.browser

PERU_ON_THE_MAP = "Peru: 2019 profile"
LIMA_ON_THE_MAP = "Lima, Peru: 2021 profile"


@pytest.fixture
def site_url(transactional_db, live_server, published_peru, make_profile) -> str:
    lima = make_profile("PER", 2021, local="Lima").place
    Place.objects.filter(pk=lima.pk).update(latitude=-12.05, longitude=-77.04)
    return live_server.url


def world_map(page):
    return page.locator(".profiles-map svg.world-map")


def click_on_the_map(page, svg, longitude: float, latitude: float) -> None:
    """Click where a place lies, as a person would, wherever the map is drawn on the page."""
    x, y = project(longitude, latitude)
    left, top, width, _ = (float(v) for v in svg.get_attribute("viewBox").split())
    svg.scroll_into_view_if_needed()
    box = svg.bounding_box()
    scale = box["width"] / width
    page.mouse.click(box["x"] + (x - left) * scale, box["y"] + (y - top) * scale)


@pytest.mark.parametrize(
    ("address", "title", "peru"),
    [
        ("/", "World map of the published profiles", PERU_ON_THE_MAP),
        ("/es/", "Mapa del mundo de los perfiles publicados", "Perú: perfil de 2019"),
        ("/fr/", "Carte du monde des profils publiés", "Pérou : profil 2019"),
    ],
)
def test_the_home_page_shows_the_map_in_each_language(page, site_url, address, title, peru):
    page.goto(f"{site_url}{address}")

    expect(page.get_by_role("group", name=title)).to_be_visible()
    expect(world_map(page).get_by_role("link", name=peru)).to_be_visible()
    _assert_no_violations(page)


def test_clicking_a_country_opens_its_profile(page, site_url):
    page.goto(f"{site_url}/")
    click_on_the_map(page, world_map(page), longitude=-74.5, latitude=-5.5)  # Loreto, Peru

    expect(page).to_have_url(f"{site_url}/profiles/per/2019/")


def test_clicking_a_point_opens_the_local_profile(page, site_url):
    page.goto(f"{site_url}/profiles/")
    click_on_the_map(page, world_map(page), longitude=-77.04, latitude=-12.05)

    expect(page).to_have_url(f"{site_url}/profiles/per-lima/2021/")


def test_tab_reaches_a_country_on_the_map_and_enter_opens_it(page, site_url):
    page.goto(f"{site_url}/")
    names = []
    for _ in range(60):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
        if names[-1] == PERU_ON_THE_MAP:
            break
    assert names[-1] == PERU_ON_THE_MAP, names

    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{site_url}/profiles/per/2019/")


def test_a_countrys_profile_shows_its_map_and_its_point_opens_the_local_profile(page, site_url):
    page.goto(f"{site_url}/profiles/per/2019/")
    figure = page.locator("figure.place-map")

    expect(figure.get_by_role("group", name="Peru on the world map")).to_be_visible()
    _assert_no_violations(page)
    figure.locator("svg").get_by_role("link", name=LIMA_ON_THE_MAP).click()

    expect(page).to_have_url(f"{site_url}/profiles/per-lima/2021/")
    expect(page.locator("figure.place-map a.world-map-point.map-current")).to_have_count(1)
    _assert_no_violations(page)


@pytest.mark.parametrize("address", ["/", "/profiles/"])
def test_the_map_and_its_list_are_there_without_javascript(
    page_without_javascript, site_url, address
):
    page = page_without_javascript
    page.goto(f"{site_url}{address}")

    expect(world_map(page).locator("a")).to_have_count(2)
    expect(page.locator(".profiles-map-list").get_by_role("link", name="Lima")).to_be_visible()
    click_on_the_map(page, world_map(page), longitude=-74.5, latitude=-5.5)
    expect(page).to_have_url(re.compile(r"/profiles/per/2019/$"))


@pytest.mark.parametrize("address", ["/", "/profiles/", "/profiles/per/2019/"])
def test_no_page_with_a_map_scrolls_sideways_on_a_phone(chromium, site_url, address):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{site_url}{address}")
        expect(page.locator("svg.world-map")).to_be_visible()
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{address} is {overflow}px wider than a 390px screen"
    finally:
        context.close()
