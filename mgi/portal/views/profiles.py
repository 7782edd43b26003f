"""Public profile pages: the HTML page and its JSON sibling render one dict."""

import json

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from mgi.portal.pages import build_profile_list, build_profile_page, published_assessment
from mgi.profiles.builder import build_profile_data


def profile_page(request, place: str, round_year: int):
    assessment = published_assessment(place, round_year)
    page = build_profile_page(assessment, get_language())
    return render(request, "portal/profile.html", page)


def profile_json(request, place: str, round_year: int):
    assessment = published_assessment(place, round_year)
    payload = build_profile_data(assessment, get_language())
    body = json.dumps(payload, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def profile_list(request):
    return render(request, "portal/profile_list.html", build_profile_list())
