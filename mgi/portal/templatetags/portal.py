from functools import lru_cache
from html import escape

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from mgi.places.names import place_name as localised_place_name
from mgi.portal.evidence_html import evidence_details as render_evidence_details
from mgi.portal.summary_chart_html import summary_chart_html

register = template.Library()


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code: str) -> str:
    """The current page's address in another language (/profiles/per/2019/ -> /es/profiles/...)."""
    request = context.get("request")
    # The 500 page is rendered without a request: its language links lead to each home page.
    path = request.get_full_path() if request is not None else reverse("home")
    return translate_url(path, language_code)


@register.filter
def place_name(place) -> str:
    """A place's name in the page's language (a country's from the CLDR)."""
    return localised_place_name(place)


@register.filter
def evidence_details(finding: dict):
    """The evidence block under a key finding (see portal/evidence_html.py)."""
    return render_evidence_details(finding)


@register.simple_tag
def summary_chart(chart: dict, caption, row_heading):
    """The domain-summary chart and its table (see portal/summary_chart_html.py)."""
    return summary_chart_html(chart, caption, row_heading)


@register.simple_tag
def wheel(segments, on_home: bool = False):
    """The clickable wheel of domains (portal/_wheel.html)."""
    if settings.DEBUG:  # the template itself may change under a running development server
        return mark_safe(_wheel_html(tuple(segments), bool(on_home)))
    return mark_safe(_kept_wheel_html(get_language(), tuple(segments), bool(on_home)))


# Every profile of a framework shows the same wheel, and the static site renders hundreds of
# profiles: the wheel is written once per language. The segments are part of the key, so a
# changed framework is never shown from an old rendering.
@lru_cache(maxsize=32)
def _kept_wheel_html(language: str, segments: tuple, on_home: bool) -> str:
    return _wheel_html(segments, on_home)


def _wheel_html(segments: tuple, on_home: bool) -> str:
    return render_to_string("portal/_wheel.html", {"wheel": segments, "on_home": on_home})


@register.filter
def subcategory_rows(subcategories: list[dict]):
    """The 30 rows of the SDG 10.7.2 sub-category table, written directly: as a template loop
    they cost a twentieth of a profile page's rendering."""
    return mark_safe("".join(_subcategory_row(sub) for sub in subcategories))


def _subcategory_row(sub: dict) -> str:
    question = f" {escape(sub['question'])}" if sub["question"] else ""
    indicators = escape(", ".join(sub["indicators"])) if sub["indicators"] else "—"
    return (
        f'<tr><th scope="row"><span class="code">{escape(sub["code"])}</span>{question}</th>'
        f"<td>{escape(str(sub['answer_label']))}</td><td>{escape(str(sub['reason']))}</td>"
        f"<td>{indicators}</td></tr>\n"
    )
