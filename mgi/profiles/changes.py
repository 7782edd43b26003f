"""What changed between two rounds of a place, as readers see it: answers with both
justifications, and findings. The portal shows it between published rounds, the workspace between
a draft and the place's last published round."""

from django.urls import reverse

from mgi.assessments.models import Assessment
from mgi.lib.markdown import render_markdown
from mgi.profiles.diff import compare_assessments


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
