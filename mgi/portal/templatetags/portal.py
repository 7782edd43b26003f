from django import template
from django.urls import translate_url

from mgi.places.names import place_name as localised_place_name
from mgi.portal.evidence_html import evidence_details as render_evidence_details
from mgi.portal.summary_chart_html import summary_chart_html

register = template.Library()


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code: str) -> str:
    """The current page's address in another language (/profiles/per/2019/ -> /es/profiles/...)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


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
