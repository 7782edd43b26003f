"""Geometry of the domain-summary chart: one stacked bar per row, drawn as SVG on the server.

Each bar is the row's indicators, split by where their answers stand. Bars all have the same
length, whatever the number of indicators, because a domain with more questions is not "more":
the chart shows shares, and the table beside it gives the counts.
"""

from django.utils.translation import gettext_lazy as _

WIDTH = 640
BAR_HEIGHT = 22
LABEL_HEIGHT = 20  # the row's label sits above its bar
ROW_GAP = 14
# Colours are told apart by lightness as well as hue (blue, light blue, orange, greys), and a
# white line separates segments; the table of numbers carries the same facts in text.
STATUSES = (
    ("complete", _("Complete"), "#0b4f8a"),
    ("partial", _("Partial"), "#6fa8dc"),
    ("absent", _("Absent"), "#b35900"),
    ("not_applicable", _("Not applicable"), "#5e5e5e"),
    ("not_assessed", _("Not assessed"), "#a8a8a8"),
    ("unanswered", _("Not answered"), "#ffffff"),
)


def build_summary_chart(chart_id: str, rows: list[dict]) -> dict:
    """Rows are dicts with "label" and "summary" (`DomainSummary.to_dict()`); returns what the
    template draws, the legend, and the same numbers as table rows."""
    bars = []
    for index, row in enumerate(rows):
        top = index * (LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP)
        bars.append(
            {
                **row,
                "label_y": top + LABEL_HEIGHT - 6,
                "bar_y": top + LABEL_HEIGHT,
                "segments": _segments(row["summary"]),
                "counts": _counts(row["summary"]),
            }
        )
    height = max(len(rows) * (LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP) - ROW_GAP, 1)
    return {
        "id": chart_id,
        "width": WIDTH,
        "height": height,
        "bar_height": BAR_HEIGHT,
        "bars": bars,
        "legend": [{"status": code, "label": label, "colour": c} for code, label, c in STATUSES],
    }


def _counts(summary: dict) -> list[dict]:
    return [
        {"status": code, "label": label, "count": summary[code]}
        for code, label, _colour in STATUSES
    ]


def _segments(summary: dict) -> list[dict]:
    total = summary["indicators"]
    if not total:
        return []
    segments, running = [], 0
    for code, label, colour in STATUSES:
        count = summary[code]
        if not count:
            continue
        # Edges come from running totals, so rounding never opens a gap or overlaps segments.
        start = round(running * WIDTH / total, 2)
        running += count
        end = round(running * WIDTH / total, 2)
        segments.append(
            {
                "status": code,
                "label": label,
                "count": count,
                "colour": colour,
                "x": start,
                "width": round(end - start, 2),
            }
        )
    return segments
