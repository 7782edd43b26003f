#!/usr/bin/env python3
"""Write mgi/places/data/world-outlines.json from Natural Earth's country outlines.

Reads the TopoJSON files of the npm package `world-atlas` (version 2), projects them with the
Equal Earth projection (mgi.places.projection) and writes, for each ISO 3166-1 alpha-3 code, the
SVG path of its outline, the box around its main part and the box around all of it, on a
1000-unit-wide canvas.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_world_outlines.py package/

The 1:110m outlines are used; countries too small to appear at that scale (most island states)
come from the 1:50m file, so every country a profile may be written for has an outline.
"""

import argparse
import json
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from mgi.places.projection import CANVAS_WIDTH, canvas_height, project  # noqa: E402

OUTPUT = Path(__file__).resolve().parent.parent / "mgi" / "places" / "data" / "world-outlines.json"
WORLD_ATLAS_VERSION = "2.0.2"
# Outlines Natural Earth draws without an ISO number. Following United Nations maps, Northern
# Cyprus and Somaliland are drawn as parts of Cyprus and Somalia; Kosovo keeps its own outline
# under XKX, the code the European Union and the United Nations agencies use for it.
UNNUMBERED = {"N. Cyprus": "CYP", "Somaliland": "SOM", "Kosovo": "XKX"}
# Nothing is assessed there, and it would take a fifth of the map's height.
LEFT_OUT = {"ATA"}
# An island group further than this (canvas units) from the rest of its country is left out of
# the box a zoomed map frames: the Aleutians past the antimeridian, French Guiana for France.
MAIN_BOX_GAP = 60.0


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Undo TopoJSON's quantisation and delta encoding: each arc as (longitude, latitude) pairs."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    """A ring is a list of arc indexes; ~i means arc i walked backwards."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their end point.
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous: a ring crossing the antimeridian goes past ±180 instead of
    jumping across the whole map."""
    unwrapped = [points[0]]
    for longitude, latitude in points[1:]:
        previous = unwrapped[-1][0]
        while longitude - previous > 180:
            longitude -= 360
        while previous - longitude > 180:
            longitude += 360
        unwrapped.append((longitude, latitude))
    return unwrapped


def clip(points: list[tuple[float, float]], limit: float, keep_below: bool) -> list:
    """The part of a ring on one side of the meridian `limit` (Sutherland-Hodgman clipping)."""
    inside = (lambda p: p[0] <= limit) if keep_below else (lambda p: p[0] >= limit)
    clipped = []
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        if inside(b):
            if not inside(a):
                clipped.append(crossing(a, b, limit))
            clipped.append(b)
        elif inside(a):
            clipped.append(crossing(a, b, limit))
    return clipped


def crossing(a: tuple[float, float], b: tuple[float, float], longitude: float) -> tuple:
    share = (longitude - a[0]) / (b[0] - a[0])
    return (longitude, a[1] + share * (b[1] - a[1]))


def split_at_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Natural Earth keeps Fiji's and Chukotka's rings whole across ±180; the map's edge cuts
    them in two, one piece on each side."""
    points = unwrap(points)
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    if east > 180:
        shifted = [(lon - 360, lat) for lon, lat in points]
        return [part for part in (clip(points, 180, True), clip(shifted, -180, False)) if part]
    if west < -180:
        shifted = [(lon + 360, lat) for lon, lat in points]
        return [part for part in (clip(points, -180, False), clip(shifted, 180, True)) if part]
    return [points]


def polygons_of(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def alpha_3(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if not geometry.get("id"):
        return UNNUMBERED.get(name)
    country = pycountry.countries.get(numeric=geometry["id"].zfill(3))
    return country.alpha_3 if country else None


def tenths(value: float) -> int:
    return round(value * 10)


def format_tenths(value: int) -> str:
    """-3 -> "-.3", 25 -> "2.5", 40 -> "4": the shortest SVG number for a count of tenths."""
    sign = "-" if value < 0 else ""
    whole, tenth = divmod(abs(value), 10)
    if tenth == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def pair(x: int, y: int) -> str:
    first, second = format_tenths(x), format_tenths(y)
    return first + ("" if second.startswith("-") else " ") + second


def ring_path(points: list[tuple[float, float]]) -> tuple[str, list[tuple[int, int]]]:
    """A closed SVG subpath in relative moves over tenths of a unit, and the points it kept."""
    kept: list[tuple[int, int]] = []
    for longitude, latitude in points:
        x, y = project(longitude, latitude)
        point = (tenths(x), tenths(y))
        if not kept or kept[-1] != point:
            kept.append(point)
    if len(kept) > 1 and kept[0] == kept[-1]:
        kept.pop()
    if len(kept) < 3:
        return "", []
    parts = ["M" + pair(*kept[0])]
    moves = [pair(b[0] - a[0], b[1] - a[1]) for a, b in zip(kept, kept[1:], strict=False)]
    # A minus sign separates two numbers by itself; otherwise a space does.
    joined = "".join(m if m.startswith("-") or i == 0 else " " + m for i, m in enumerate(moves))
    parts.append("l" + joined)
    return "".join(parts) + "z", kept


def box_of(points: list[tuple[int, int]]) -> list[float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [min(xs) / 10, min(ys) / 10, max(xs) / 10, max(ys) / 10]


def union(a: list[float], b: list[float]) -> list[float]:
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]


def gap(a: list[float], b: list[float]) -> float:
    return max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3], 0.0)


def main_box(boxes: list[list[float]]) -> list[float]:
    """The box of the largest polygon, grown by the polygons near it, so that a country split by
    the antimeridian (Russia, Fiji, the United States) frames its main part, not the whole world."""
    area = lambda box: (box[2] - box[0]) * (box[3] - box[1])  # noqa: E731
    remaining = sorted(boxes, key=area, reverse=True)
    box = remaining.pop(0)
    grown = True
    while grown:
        grown = False
        for other in list(remaining):
            if gap(box, other) <= MAIN_BOX_GAP:
                box = union(box, other)
                remaining.remove(other)
                grown = True
    return box


def outlines_of(topology: dict) -> dict[str, dict]:
    arcs = decode_arcs(topology)
    polygons_by_code: dict[str, list] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha_3(geometry)
        if code and code not in LEFT_OUT:
            polygons_by_code.setdefault(code, []).extend(polygons_of(geometry))
    outlines = {}
    for code, polygons in polygons_by_code.items():
        paths, boxes = [], []
        for polygon in polygons:
            for number, ring in enumerate(polygon):
                for piece in split_at_antimeridian(ring_points(ring, arcs)):
                    path, kept = ring_path(piece)
                    if path:
                        paths.append(path)
                        if number == 0:  # an outer ring; the others are holes
                            boxes.append(box_of(kept))
        if paths:
            extent = boxes[0]
            for box in boxes[1:]:
                extent = union(extent, box)
            outlines[code] = {"d": "".join(paths), "bbox": main_box(boxes), "extent": extent}
    return outlines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the unpacked world-atlas package folder")
    arguments = parser.parse_args()
    outlines = {}
    for scale in ("50m", "110m"):  # the coarser outline wins where both have the country
        topology = json.loads((arguments.package / f"countries-{scale}.json").read_text())
        outlines.update(outlines_of(topology))
    document = {
        "source": f"Natural Earth (public domain), world-atlas {WORLD_ATLAS_VERSION}",
        "projection": "Equal Earth",
        "width": CANVAS_WIDTH,
        "height": round(canvas_height(), 1),
        "countries": dict(sorted(outlines.items())),
    }
    OUTPUT.write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"{len(outlines)} countries, {OUTPUT.stat().st_size // 1024} KB -> {OUTPUT}")


if __name__ == "__main__":
    main()
