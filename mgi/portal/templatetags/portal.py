from django import template
from django.urls import translate_url

from mgi.places.names import place_name as localised_place_name

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


@register.inclusion_tag("portal/_summary_chart.html")
def summary_chart(chart: dict, caption, row_heading):
    """The domain-summary chart and its table; `chart` comes from `build_summary_chart`,
    `caption` names the figure and its table."""
    return {"chart": chart, "caption": caption, "row_heading": row_heading}


@register.inclusion_tag("portal/_wheel.html")
def wheel(segments, on_home: bool = False):
    """The clickable wheel of domains."""
    return {"wheel": segments, "on_home": on_home}
