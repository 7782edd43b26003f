"""Comparisons: profiles side by side, and one place's rounds; each page has a JSON sibling."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.lib.json_response import json_response
from mgi.portal.comparison import (
    MAX_PROFILES,
    MIN_PROFILES,
    ComparisonError,
    build_comparison,
    parse_profile_keys,
    published_for_keys,
)
from mgi.portal.comparison_page import comparison_page
from mgi.portal.pages import build_profile_list
from mgi.portal.round_changes import build_round_changes
from mgi.profiles.changes import with_rendered_justifications


def _comparison(request) -> tuple[dict | None, str | None, list]:
    """The comparison asked for, or an error message; the chosen profiles either way."""
    try:
        keys = parse_profile_keys(request.GET.getlist("p"))
    except ComparisonError as error:
        return None, str(error), []
    assessments = published_for_keys(keys)
    if len(assessments) < MIN_PROFILES:
        return None, None, assessments
    return build_comparison(assessments, get_language()), None, assessments


def compare_page(request):
    comparison, error, chosen = _comparison(request)
    # A comparison links to the form instead of carrying it: the form lists every published
    # profile four times over, which would make the page grow with the portal.
    choosing = comparison is None or CHOOSE in request.GET
    profiles = build_profile_list() if choosing else {"places": []}
    page = comparison_page(comparison, chosen, profiles)
    page.update(
        error=error,
        max_profiles=MAX_PROFILES,
        min_profiles=MIN_PROFILES,
        choosing=choosing,
        choose_query=_with_choose(request),
    )
    return render(request, "portal/compare.html", page, status=400 if error else 200)


CHOOSE = "choose"


def _with_choose(request) -> str:
    query = request.GET.copy()
    query[CHOOSE] = "1"
    return query.urlencode()


def compare_json(request):
    comparison, error, _chosen = _comparison(request)
    if comparison is None:
        message = error or _("Name %(min)d to %(max)d profiles with ?p=per-2019.") % {
            "min": MIN_PROFILES,
            "max": MAX_PROFILES,
        }
        return json_response({"error": message}, status=400)
    return json_response(comparison)


def changes_page(request, place: str):
    page = build_round_changes(
        place, request.GET.get("from"), request.GET.get("to"), get_language()
    )
    if page["changes"]:
        page["changes"] = with_rendered_justifications(page["changes"])
    return render(request, "portal/changes.html", page)


def changes_json(request, place: str):
    page = build_round_changes(
        place, request.GET.get("from"), request.GET.get("to"), get_language()
    )
    return json_response(page)
