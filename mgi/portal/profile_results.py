"""The results part of a profile page: domain summaries, derived SDG 10.7.2, and where to go next.

One query for a profile published as text with nothing related to link to; at most six, whatever
the size of the framework or of the portal.
"""

from django.urls import reverse

from mgi.assessments.models import Assessment
from mgi.places.models import Place
from mgi.portal.compare_links import changes_url, compare_url
from mgi.portal.place_links import build_place_links, related_profiles
from mgi.portal.sdg_section import build_sdg_section, subcategory_questions
from mgi.portal.summary_chart import build_summary_chart
from mgi.results.assessment_results import (
    AssessmentResults,
    load_published_categories,
    load_results,
)


def summary_chart_for(chart_id: str, results: AssessmentResults, domains: list[dict]) -> dict:
    """One bar per domain of the framework, in the framework's order."""
    rows = []
    for domain in domains:
        summary = results.summary_of(domain["number"])
        if summary is not None:
            rows.append(
                {
                    "label": f"{domain['number']}. {domain['name']}",
                    "href": f"#domain-{domain['slug']}",
                    "summary": summary.to_dict(),
                }
            )
    return build_summary_chart(chart_id, rows)


def sdg_section_for(assessment: Assessment, results: AssessmentResults, language: str):
    """10.7.2 is a national indicator: local profiles get no derivation."""
    if assessment.place.kind != Place.Kind.COUNTRY or not results.answered:
        return None
    key = (assessment.place_id, assessment.round_year)
    published = load_published_categories([key]).get(key)
    return build_sdg_section(
        results.derivation, published, assessment.round_year, subcategory_questions(language)
    )


def build_profile_results(assessment: Assessment, domains: list[dict], language: str) -> dict:
    related = related_profiles(assessment.place)
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
        # Read once per page; the national and local findings part uses it too.
        "related": related,
    }


def _comparisons(assessment: Assessment, related: list[Assessment]) -> dict:
    """Other published rounds of the place, with links to compare and to see what changed."""
    rounds = newest_per_round(
        a
        for a in related
        if a.place_id == assessment.place_id and a.round_year != assessment.round_year
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


def newest_per_round(assessments) -> list[Assessment]:
    """The newest revision of each round, oldest round first."""
    newest: dict[int, Assessment] = {}
    for assessment in assessments:
        current = newest.get(assessment.round_year)
        if current is None or assessment.revision > current.revision:
            newest[assessment.round_year] = assessment
    return [newest[year] for year in sorted(newest)]
