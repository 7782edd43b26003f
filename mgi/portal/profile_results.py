"""The results part of a profile page: domain summaries, derived SDG 10.7.2, and where to go next.

One query for a profile published as text with nothing related to link to; at most six, whatever
the size of the framework or of the portal.
"""

from django.urls import reverse

from mgi.assessments.models import Assessment
from mgi.portal.compare_links import changes_url, compare_url
from mgi.portal.place_links import build_place_links, related_profiles
from mgi.profiles.results_sections import sdg_section_for, summary_chart_for
from mgi.results.assessment_results import load_results


def build_profile_results(
    assessment: Assessment, domains: list[dict], language: str, related: list | None = None
) -> dict:
    """`related` is related_profiles(assessment.place), when the caller has read it already."""
    related = related_profiles(assessment.place) if related is None else related
    # A profile imported as text has no answers: its results would be empty, so the query that
    # reads them is skipped.
    has_answers = next((a.has_answers for a in related if a.pk == assessment.pk), True)
    results = load_results([assessment])[assessment.pk] if has_answers else None
    answered = results.answered if results else 0
    return {
        "answered": answered,
        "chart": summary_chart_for("profile-summary", results, domains) if answered else None,
        "sdg": sdg_section_for(assessment, results, language) if results else None,
        "place_links": build_place_links(assessment, domains, related),
        "next": _comparisons(assessment, related),
        "explorer_url": reverse("indicator-list"),
    }


def _comparisons(assessment: Assessment, related: list[Assessment]) -> dict:
    """Other published rounds of the place, with links to compare and to see what changed."""
    rounds = sorted(
        (
            a
            for a in related
            if a.place_id == assessment.place_id and a.round_year != assessment.round_year
        ),
        key=lambda a: a.round_year,
    )
    others = []
    for other in rounds:
        earlier, later = sorted([assessment, other], key=lambda a: a.round_year)
        others.append(
            {
                "round": other.round_year,
                "compare_url": compare_url(earlier, later),
                "changes_url": changes_url(assessment.place, earlier.round_year, later.round_year),
            }
        )
    return {"rounds": others, "choose_url": compare_url(assessment)}
