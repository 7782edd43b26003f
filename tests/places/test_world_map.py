import re
import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string

from mgi.places.projection import project
from mgi.places.world_map import MapMark, MapPoint, draw_world_map, world_outlines

SVG = "{http://www.w3.org/2000/svg}"
LIMA = MapPoint(latitude=-12.05, longitude=-77.04, label="Lima", href="/profiles/per-lima/2022/")


def view_box(world_map) -> tuple[float, float, float, float]:
    return tuple(float(value) for value in world_map.view_box.split())


def frames(world_map, box) -> bool:
    x, y, width, height = view_box(world_map)
    return x <= box[0] and y <= box[1] and box[2] <= x + width and box[3] <= y + height


def rendered_svg(world_map, title="Published profiles") -> ET.Element:
    html = render_to_string("places/world_map.html", {"map": world_map, "title": title})
    return ET.fromstring(re.search(r"<svg.*</svg>", html, re.S).group(0))


def test_the_outlines_cover_the_worlds_countries_under_their_alpha_3_codes():
    countries = world_outlines()["countries"]

    assert len(countries) >= 170
    assert {"PER", "FRA", "RUS", "FJI", "MLT", "SGP", "CPV", "MUS"} <= set(countries)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in countries)
    assert all(s["d"].startswith("M") and s["d"].endswith("z") for s in countries.values())


def test_an_outline_lies_where_its_country_is():
    x, y = project(-75.0, -10.0)  # inland Peru
    left, top, right, bottom = world_outlines()["countries"]["PER"]["bbox"]

    assert left < x < right and top < y < bottom


def test_the_world_map_draws_every_country_and_marks_only_those_given():
    world_map = draw_world_map(countries=[MapMark("per", "Peru", "/profiles/per/2019/", "shade-2")])

    assert len(world_map.outlines) == len(world_outlines()["countries"])
    assert [(o.code, o.label, o.href, o.css_class) for o in world_map.marked] == [
        ("PER", "Peru", "/profiles/per/2019/", "shade-2")
    ]
    assert view_box(world_map)[2] == world_outlines()["width"]


def test_a_mark_for_a_code_without_an_outline_is_kept_aside():
    world_map = draw_world_map(countries=[MapMark("XYZ", "Nowhere")])

    assert world_map.marked == []
    assert [mark.code for mark in world_map.unplaced] == ["XYZ"]


def test_a_point_is_projected_onto_the_canvas():
    (point,) = draw_world_map(points=[LIMA]).points

    assert (point.x, point.y) == pytest.approx(project(-77.04, -12.05), abs=0.05)


@pytest.mark.parametrize("code", ["PER", "FRA", "MLT", "CHL"])
def test_focus_frames_the_country_with_room_around_it(code):
    box = world_outlines()["countries"][code]["bbox"]
    world_map = draw_world_map(focus=code)
    x, y, width, height = view_box(world_map)

    assert frames(world_map, box)
    assert width < world_outlines()["width"] / 4
    assert width >= height


def test_focus_frames_the_points_given_too():
    far_point = MapPoint(latitude=-27.1, longitude=-109.4, label="Easter Island")
    world_map = draw_world_map(focus="CHL", points=[far_point])
    (point,) = world_map.points

    assert frames(world_map, [point.x, point.y, point.x, point.y])
    assert frames(world_map, world_outlines()["countries"]["CHL"]["bbox"])


@pytest.mark.parametrize("code", ["RUS", "FJI", "USA"])
def test_focus_on_a_country_across_the_antimeridian_frames_its_main_part_only(code):
    x, y, width, height = view_box(draw_world_map(focus=code))

    assert width < world_outlines()["width"] * 0.6


def test_a_focused_map_keeps_its_points_big_enough_to_hit():
    world_map = draw_world_map(focus="PER", points=[LIMA], display_width=320)
    width = view_box(world_map)[2]

    # At 320 CSS pixels wide, the hit circle is at least 24 pixels across.
    assert 2 * world_map.target_radius * 320 / width >= 24


def test_the_map_renders_as_svg_with_a_named_link_for_each_mark_and_point():
    world_map = draw_world_map(
        countries=[MapMark("PER", "Peru", "/profiles/per/2019/", "shade-1")], points=[LIMA]
    )

    svg = rendered_svg(world_map)
    links = svg.findall(f".//{SVG}a")

    assert svg.get("role") == "group" and svg.get("aria-label") == "Published profiles"
    assert svg.find(f"{SVG}title").text == "Published profiles"
    assert [(a.get("href"), a.get("aria-label"), a.find(f"{SVG}title").text) for a in links] == [
        ("/profiles/per/2019/", "Peru", "Peru"),
        ("/profiles/per-lima/2022/", "Lima", "Lima"),
    ]
    assert "shade-1" in links[0].get("class")


def test_unmarked_countries_are_hidden_from_assistive_technology():
    svg = rendered_svg(draw_world_map(countries=[MapMark("PER", "Peru", "/p/")]))

    land = svg.find(f"{SVG}g[@class='world-map-land']")
    assert land.get("aria-hidden") == "true"
    assert len(land.findall(f"{SVG}path")) == len(world_outlines()["countries"]) - 1


def test_a_map_without_links_is_one_image():
    svg = rendered_svg(draw_world_map(countries=[MapMark("PER", "Peru")]), title="Peru")

    assert svg.get("role") == "img"
    assert svg.findall(f".//{SVG}a") == []


def test_labels_are_escaped():
    mark = MapMark("PER", 'Peru <&> "Lima"', "/p/?a=1&b=2")
    svg = rendered_svg(draw_world_map(countries=[mark]))
    (link,) = svg.findall(f".//{SVG}a")

    assert link.get("aria-label") == 'Peru <&> "Lima"'
    assert link.get("href") == "/p/?a=1&b=2"


def test_the_shipped_outlines_stay_small():
    from mgi.places.world_map import OUTLINES_FILE

    assert OUTLINES_FILE.stat().st_size < 300_000


def test_a_zoomed_map_leaves_out_the_countries_outside_its_frame():
    codes = {outline.code for outline in draw_world_map(focus="SUR").outlines}

    assert {"SUR", "GUY", "BRA"} <= codes
    assert "JPN" not in codes
    # French Guiana, beside Suriname, is part of France's outline.
    assert "FRA" in codes
