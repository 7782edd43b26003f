"""A world map drawn on the server as SVG: country outlines, some marked and linked, and points.

The outlines come from mgi/places/data/world-outlines.json (Natural Earth, Equal Earth
projection; see the README beside it). The caller says which countries to mark (with its own CSS
class for the shading, an accessible name and a link) and which points to draw; every other
country is drawn in a neutral colour and hidden from assistive technology. The template
places/world_map.html renders the result.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mgi.places.projection import project

OUTLINES_FILE = Path(__file__).parent / "data" / "world-outlines.json"
# The width, in CSS pixels, a map is expected to be shown at unless the caller says otherwise; a
# point's hit circle is 24 pixels across at that width (WCAG 2.2's minimum target size).
DEFAULT_WIDTH_PX = 800
TARGET_DIAMETER_PX = 24
DOT_DIAMETER_PX = 10
# A zoomed map shows at least this much of the canvas (1000 units wide), so that a small country
# such as Malta or Singapore is shown with its neighbours, and is never narrower than it is tall
# or more than twice as wide as tall.
MIN_FOCUS_SPAN = 40.0
FOCUS_PADDING = 0.15


@dataclass(frozen=True)
class MapMark:
    """A country to shade: its ISO 3166-1 alpha-3 code, accessible name, link and CSS class."""

    code: str
    label: str
    href: str | None = None
    css_class: str = ""


@dataclass(frozen=True)
class MapPoint:
    """A place drawn as a point (WGS 84 degrees)."""

    latitude: float
    longitude: float
    label: str
    href: str | None = None
    css_class: str = ""


@dataclass(frozen=True)
class Outline:
    code: str
    d: str
    mark: MapMark | None = None

    @property
    def label(self) -> str:
        return self.mark.label if self.mark else ""

    @property
    def href(self) -> str | None:
        return self.mark.href if self.mark else None

    @property
    def css_class(self) -> str:
        return self.mark.css_class if self.mark else ""


@dataclass(frozen=True)
class ProjectedPoint:
    x: float
    y: float
    point: MapPoint

    @property
    def label(self) -> str:
        return self.point.label

    @property
    def href(self) -> str | None:
        return self.point.href

    @property
    def css_class(self) -> str:
        return self.point.css_class


@dataclass(frozen=True)
class WorldMap:
    view_box: str
    # Unmarked countries first, then the marked ones (drawn on top, in the order given, which is
    # the keyboard order), so a marked country's border is not hidden under its neighbour's.
    outlines: list[Outline]
    points: list[ProjectedPoint]
    dot_radius: float
    target_radius: float
    # Marks whose code has no outline (a code the data does not know): the caller's text list
    # still names them.
    unplaced: list[MapMark]

    @property
    def background(self) -> list[Outline]:
        return [outline for outline in self.outlines if outline.mark is None]

    @property
    def marked(self) -> list[Outline]:
        return [outline for outline in self.outlines if outline.mark is not None]

    @property
    def is_interactive(self) -> bool:
        return any(o.href for o in self.marked) or any(p.href for p in self.points)


@cache
def world_outlines() -> dict:
    """The shipped outlines: {"width", "height", "countries": {ISO3: {"d", "bbox", "extent"}}}."""
    return json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))


def has_outline(code: str) -> bool:
    return code.upper() in world_outlines()["countries"]


def draw_world_map(
    *,
    countries: Sequence[MapMark] = (),
    points: Sequence[MapPoint] = (),
    focus: str | None = None,
    display_width: int = DEFAULT_WIDTH_PX,
) -> WorldMap:
    """The whole world, or with `focus` (ISO3) the country and the points, with some room around.

    `display_width` is the width in CSS pixels the map is usually shown at (a small map in a
    sidebar is narrower), which sizes the points. A focus the outlines do not know frames the
    points alone, or the world when there are none.
    """
    data = world_outlines()["countries"]
    marks = {mark.code.upper(): mark for mark in countries}
    projected = [
        ProjectedPoint(*_rounded(project(point.longitude, point.latitude)), point)
        for point in points
    ]
    box = _focus_box(focus, projected) if focus else None
    x, y, width, height = box or _world_box()
    # A zoomed map leaves out the countries wholly outside its frame: a page with a country's
    # small map does not carry the outlines of the whole world.
    shown = {
        code: shape
        for code, shape in data.items()
        if box is None or _overlaps(shape["extent"], (x, y, x + width, y + height))
    }
    background = [Outline(code, shape["d"]) for code, shape in shown.items() if code not in marks]
    marked = [Outline(code, data[code]["d"], mark) for code, mark in marks.items() if code in data]
    scale = width / display_width
    return WorldMap(
        view_box=" ".join(_number(value) for value in (x, y, width, height)),
        outlines=background + marked,
        points=projected,
        dot_radius=round(DOT_DIAMETER_PX / 2 * scale, 2),
        target_radius=round(TARGET_DIAMETER_PX / 2 * scale, 2),
        unplaced=[mark for code, mark in marks.items() if code not in data],
    )


@cache
def _world_box() -> tuple[float, float, float, float]:
    """The canvas's full width; its height cut to the land drawn (Antarctica is left out)."""
    data = world_outlines()
    boxes = [shape["bbox"] for shape in data["countries"].values()]
    top, bottom = min(b[1] for b in boxes) - 2, max(b[3] for b in boxes) + 2
    return 0.0, max(top, 0.0), float(data["width"]), min(bottom, data["height"]) - max(top, 0.0)


def _focus_box(code: str, points: list[ProjectedPoint]) -> tuple[float, float, float, float] | None:
    shape = world_outlines()["countries"].get(code.upper())
    boxes = [shape["bbox"]] if shape else []
    boxes += [[p.x, p.y, p.x, p.y] for p in points]
    if not boxes:
        return None
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    width, height = right - left, bottom - top
    pad = FOCUS_PADDING * max(width, height)
    width, height = max(width + 2 * pad, MIN_FOCUS_SPAN), max(height + 2 * pad, MIN_FOCUS_SPAN / 2)
    width, height = max(width, height), max(height, width / 2)
    x, y = (left + right - width) / 2, (top + bottom - height) / 2
    # Slide the frame back onto the canvas rather than show empty space past the world's edge.
    canvas = world_outlines()
    x = max(0.0, min(x, canvas["width"] - width)) if width <= canvas["width"] else x
    y = max(0.0, min(y, canvas["height"] - height)) if height <= canvas["height"] else y
    return x, y, width, height


def _overlaps(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _rounded(xy: tuple[float, float]) -> tuple[float, float]:
    return round(xy[0], 1), round(xy[1], 1)


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
