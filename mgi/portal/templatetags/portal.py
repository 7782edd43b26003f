from django import template
from django.urls import reverse, translate_url

from mgi.places.names import place_name as localised_place_name
from mgi.portal.pages import ANSWERS_LANGUAGE
from mgi.profiles.anchors import evidence_anchor as anchor_of_evidence

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


@register.simple_tag
def answers_language() -> str:
    """The language answers' justifications and sources are written in, to mark them with."""
    return ANSWERS_LANGUAGE


@register.simple_tag
def evidence_anchor(finding_anchor: str, indicator_code: str) -> str:
    """The id of one indicator's evidence under a finding, which search results link to."""
    return anchor_of_evidence(finding_anchor, indicator_code)


@register.inclusion_tag("portal/_summary_chart.html")
def summary_chart(chart: dict, caption, row_heading):
    """The domain-summary chart and its table; `chart` comes from `build_summary_chart`,
    `caption` names the figure and its table."""
    return {"chart": chart, "caption": caption, "row_heading": row_heading}


@register.inclusion_tag("portal/_wheel.html")
def wheel(segments, on_home: bool = False):
    """The clickable wheel of domains."""
    return {"wheel": segments, "on_home": on_home}
