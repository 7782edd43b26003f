"""The domain-summary chart as HTML: the SVG bars, their key, and the table of the same numbers.

Written in Python, not as a template: the chart is a few hundred small values (coordinates,
colours, counts), and as a template it cost a tenth of a profile page's rendering. Geometry is
in summary_chart.py. Coordinates are written as Python writes numbers, never localised ("268,5"
would misplace them on Spanish and French pages); the table's numbers are localised.
"""

from html import escape

from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext


def summary_chart_html(chart: dict, caption: str, row_heading: str) -> SafeString:
    """`chart` from `build_summary_chart`; `caption` names the figure and its table.

    As in templates, texts are escaped unless already safe, and translated sentences that carry
    values (blocktranslate's) are trusted: only their values are escaped.
    """
    caption = conditional_escape(caption)
    return mark_safe(_figure(chart, caption) + _table(chart, caption, row_heading))


def _figure(chart: dict, caption: str) -> str:
    chart_id, width = escape(chart["id"]), chart["width"]
    title = gettext(
        "%(caption)s: a bar per row, split by where the answers stand; the table below gives "
        "the numbers."
    ) % {"caption": caption}
    key = escape(gettext("Key"))  # not inside the f-string, where extraction would miss it
    bars = "".join(_bar(bar, width, chart["bar_height"]) for bar in chart["bars"])
    legend = "".join(
        f'<li><span class="summary-swatch summary-{item["status"]}" '
        f'style="background: {item["colour"]}"></span>{escape(str(item["label"]))}</li>'
        for item in chart["legend"]
    )
    return (
        f'<figure class="summary-chart" aria-labelledby="{chart_id}-caption">\n'
        f'  <figcaption id="{chart_id}-caption">{caption}</figcaption>\n'
        f'  <svg class="summary-chart-svg" viewBox="0 0 {width} {chart["height"]}" '
        f'width="{width}" height="{chart["height"]}" role="img" '
        f'aria-labelledby="{chart_id}-title" focusable="false">\n'
        f'    <title id="{chart_id}-title">{title}</title>\n{bars}  </svg>\n'
        f'  <ul class="summary-legend" aria-label="{key}">\n'
        f"    {legend}\n  </ul>\n</figure>\n"
    )


def _bar(bar: dict, width: int, height: int) -> str:
    summary = bar["summary"]
    answered = gettext("%(answered)s of %(total)s answered") % {
        "answered": summary["answered"],
        "total": summary["indicators"],
    }
    segments = "".join(
        f'<rect x="{segment["x"]}" y="{bar["bar_y"]}" width="{segment["width"]}" '
        f'height="{height}" fill="{segment["colour"]}" '
        f'class="summary-chart-segment summary-{segment["status"]}">'
        f"<title>{escape(str(segment['label']))}: {segment['count']}</title></rect>"
        for segment in bar["segments"]
    )
    return (
        f'    <text x="0" y="{bar["label_y"]}" class="summary-chart-label">'
        f"{escape(bar['label'])} · {answered}</text>\n"
        f'    <rect x="0" y="{bar["bar_y"]}" width="{width}" height="{height}" '
        f'class="summary-chart-track"></rect>\n'
        f"    {segments}\n"
    )


def _table(chart: dict, caption: str, row_heading: str) -> str:
    headings = "".join(
        f'<th scope="col">{escape(str(item["label"]))}</th>' for item in chart["legend"]
    )
    rows = "".join(_table_row(bar) for bar in chart["bars"])
    numbers = gettext("%(caption)s: the numbers") % {"caption": caption}
    answered = escape(gettext("Answered"))
    return (
        '<table class="summary-table">\n'
        f"  <caption>{numbers}</caption>\n"
        f'  <thead><tr><th scope="col">{conditional_escape(row_heading)}</th>{headings}'
        f'<th scope="col">{answered}</th></tr></thead>\n'
        f"  <tbody>\n{rows}  </tbody>\n</table>\n"
    )


def _table_row(bar: dict) -> str:
    label = escape(bar["label"])
    if bar.get("href"):
        label = f'<a href="{escape(bar["href"])}">{label}</a>'
    counts = "".join(f"<td>{localize(item['count'])}</td>" for item in bar["counts"])
    summary = bar["summary"]
    answered = gettext("%(answered)s of %(total)s (%(percent)s%%)") % {
        "answered": localize(summary["answered"]),
        "total": localize(summary["indicators"]),
        "percent": localize(summary["answered_percent"]),
    }
    return f'  <tr><th scope="row">{label}</th>{counts}<td>{answered}</td></tr>\n'
