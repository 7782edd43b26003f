from django.shortcuts import render
from django.utils.translation import get_language

from mgi.portal.sdg_page import build_sdg_overview


def sdg_overview(request):
    """Every country's published SDG 10.7.2 category for a year: a world map and a table."""
    page = build_sdg_overview(request.GET.get("year"), get_language())
    return render(request, "portal/sdg_10_7_2.html", page)
