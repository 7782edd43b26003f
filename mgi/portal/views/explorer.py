"""The indicator explorer: one indicator across every published profile, as HTML and JSON."""

from django.shortcuts import render
from django.utils.translation import get_language

from mgi.lib.json_response import json_response
from mgi.portal.explorer import build_indicator_list, build_indicator_page, with_rendered_markdown


def indicator_list(request):
    page = build_indicator_list(request.GET.get("framework"), get_language())
    return render(request, "portal/indicator_list.html", page)


def indicator_list_json(request):
    return json_response(build_indicator_list(request.GET.get("framework"), get_language()))


def _indicator(request, framework: str, code: str) -> dict:
    return build_indicator_page(
        framework, code, request.GET.get("round"), request.GET.get("kind"), get_language()
    )


def indicator_page(request, framework: str, code: str):
    page = with_rendered_markdown(_indicator(request, framework, code))
    return render(request, "portal/indicator.html", page)


def indicator_json(request, framework: str, code: str):
    return json_response(_indicator(request, framework, code))
