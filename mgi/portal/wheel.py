"""Geometry of the six-domain wheel: one ring segment per domain, drawn as SVG on the server."""

import math
import textwrap
from dataclasses import dataclass
from functools import lru_cache

import pyphen
from django.utils.translation import get_language

SIZE = 400
CENTRE = SIZE / 2
OUTER_RADIUS = 196
INNER_RADIUS = 70
LABEL_RADIUS = (OUTER_RADIUS + INNER_RADIUS) / 2 + 4
LABEL_WIDTH = 13  # characters per label line, so names fit inside a segment
LINE_HEIGHT = 16
GAP_DEGREES = 1.2


@dataclass(frozen=True)
class WheelSegment:
    number: int
    slug: str
    name: str
    colour: str
    path: str
    label_x: float
    label_y: float
    label_lines: tuple[str, ...]
    first_line_dy: float

    @property
    def label_rows(self) -> list[tuple[str, float]]:
        """Each label line with its own baseline, for renderers without <tspan dy> (PDF)."""
        top = self.label_y + self.first_line_dy
        return [(line, round(top + i * LINE_HEIGHT, 2)) for i, line in enumerate(self.label_lines)]


def _point(radius: float, degrees: float) -> tuple[float, float]:
    # 0 degrees points up; angles grow clockwise, as a reader goes round a clock.
    radians = math.radians(degrees - 90)
    return CENTRE + radius * math.cos(radians), CENTRE + radius * math.sin(radians)


def _ring_segment_path(start: float, end: float) -> str:
    large_arc = 1 if end - start > 180 else 0
    ox1, oy1 = _point(OUTER_RADIUS, start)
    ox2, oy2 = _point(OUTER_RADIUS, end)
    ix1, iy1 = _point(INNER_RADIUS, end)
    ix2, iy2 = _point(INNER_RADIUS, start)
    return (
        f"M{ox1:.2f},{oy1:.2f} A{OUTER_RADIUS},{OUTER_RADIUS} 0 {large_arc} 1 {ox2:.2f},{oy2:.2f} "
        f"L{ix1:.2f},{iy1:.2f} A{INNER_RADIUS},{INNER_RADIUS} 0 {large_arc} 0 {ix2:.2f},{iy2:.2f} Z"
    )


def label_lines(name: str, language: str) -> tuple[str, ...]:
    """The name in lines that fit a segment. A word longer than a line ("pangouvernementale")
    is hyphenated by the rules of the page's language rather than left to overflow the ring."""
    lines = []
    for line in textwrap.wrap(name, LABEL_WIDTH, break_long_words=False) or [""]:
        while len(line) > LABEL_WIDTH and (parts := _hyphenation(language).wrap(line, LABEL_WIDTH)):
            head, line = parts
            lines.append(head)
        lines.append(line)
    return tuple(lines)


@lru_cache(maxsize=8)
def _hyphenation(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=pyphen.language_fallback(language.replace("-", "_")) or "en")


def build_wheel(domains: list[dict]) -> list[WheelSegment]:
    """Segments for domains given as dicts with number, slug, name and colour, in order."""
    count = len(domains)
    if count == 0:
        return []
    step = 360 / count
    segments = []
    for index, domain in enumerate(domains):
        start = index * step + GAP_DEGREES / 2
        end = (index + 1) * step - GAP_DEGREES / 2
        label_x, label_y = _point(LABEL_RADIUS, (start + end) / 2)
        lines = label_lines(domain["name"], get_language() or "en")
        segments.append(
            WheelSegment(
                number=domain["number"],
                slug=domain["slug"],
                name=domain["name"],
                colour=domain["colour"],
                path=_ring_segment_path(start, end),
                label_x=round(label_x, 2),
                label_y=round(label_y, 2),
                label_lines=lines,
                # Centre the block of lines vertically on the label point.
                first_line_dy=round(-(len(lines) - 1) * LINE_HEIGHT / 2 + 5, 2),
            )
        )
    return segments
