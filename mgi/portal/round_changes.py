"""What changed in a place between two rounds: answers with both justifications, and findings.

The public view compares published rounds only; the workspace uses `build_changes` between a
draft and the place's last published round.
"""

from django.http import Http404
from django.urls import reverse

from mgi.assessments.models import Assessment
from mgi.lib.markdown import render_markdown
from mgi.profiles.diff import compare_assessments
from mgi.profiles.public import published_profiles


def _answered(side: dict | None) -> bool:
    return bool(side and (side["option"] or side["justification"]))


def build_changes(old: Assessment, new: Assessment, language: str) -> dict:
    """compare_assessments, with indicators answered in neither round left out and those
    answered only in the older one listed apart: an unanswered question is not a new answer."""
    diff = compare_assessments(old, new, language)
    changed, unanswered = [], []
    for row in diff["answers_changed"]:
        before, after = _answered(row["before"]), _answered(row["after"])
        if not before and not after:
            continue
        if before and not after:
            unanswered.append({"indicator": row["indicator"], "question": row["question"]})
        else:
            changed.append(row)
    return {
        "from": _side(old),
        "to": _side(new),
        "answers_changed": changed,
        "not_answered_in_newer": unanswered,
        "findings_added": diff["findings_added"],
        "findings_removed": diff["findings_removed"],
    }


def with_rendered_justifications(changes: dict) -> dict:
    """The page shows justifications as Markdown rendered safely; the JSON keeps the source."""

    def rendered(side: dict | None) -> dict | None:
        if side is None:
            return None
        return {**side, "justification_html": render_markdown(side["justification"])}

    rows = [
        {**row, "before": rendered(row["before"]), "after": rendered(row["after"])}
        for row in changes["answers_changed"]
    ]
    return {**changes, "answers_changed": rows}


def _side(assessment: Assessment) -> dict:
    side = {
        "place": assessment.place.to_dict(),
        "round": assessment.round_year,
        "revision": assessment.revision,
        "status": assessment.status,
    }
    if assessment.is_published:
        side["url"] = reverse("profile", args=[assessment.place.url_code, assessment.round_year])
    return side


def build_round_changes(place_code: str, from_year, to_year, language: str) -> dict:
    """Between two published rounds of a place (by default its two newest). Anything that is
    not a published round, drafts included, is a 404."""
    rounds = list(
        published_profiles().filter(place__code=place_code.upper()).order_by("round_year")
    )
    if not rounds:
        raise Http404("No published profile for this place.")
    by_year = {a.round_year: a for a in rounds}
    place = rounds[0].place
    page = {
        "place": place.to_dict(),
        "url_code": place.url_code,
        "rounds": [a.round_year for a in rounds],
        "changes": None,
    }
    if from_year is None and to_year is None:
        if len(rounds) < 2:
            return page
        from_year, to_year = rounds[-2].round_year, rounds[-1].round_year
    old, new = by_year.get(_year(from_year)), by_year.get(_year(to_year))
    if old is None or new is None:
        raise Http404("Both rounds must be published profiles of this place.")
    if old.round_year != new.round_year:
        page["changes"] = build_changes(old, new, language)
    return page


def _year(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
