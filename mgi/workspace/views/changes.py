"""What changed between an assessment and its place's last published profile, for its team."""

from django.shortcuts import render
from django.utils.translation import get_language

from mgi.lib.json_response import json_response
from mgi.profiles.changes import build_changes, with_rendered_justifications
from mgi.workspace.access import member_view
from mgi.workspace.results import last_published_before


def _changes(assessment) -> dict:
    baseline = last_published_before(assessment)
    return {
        "assessment": {
            "place": assessment.place.to_dict(),
            "round": assessment.round_year,
            "revision": assessment.revision,
            "status": assessment.status,
        },
        "changes": build_changes(baseline, assessment, get_language()) if baseline else None,
    }


@member_view
def changes_page(request, assessment):
    data = _changes(assessment)
    if data["changes"]:
        data["changes"] = with_rendered_justifications(data["changes"])
    return render(request, "workspace/changes.html", {**data, "assessment": assessment})


@member_view
def changes_json(request, assessment):
    return json_response(_changes(assessment))
