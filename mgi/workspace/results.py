"""The results part of an assessment's overview: summaries, derived SDG 10.7.2, what changed."""

from mgi.assessments.models import Assessment
from mgi.lib.i18n_text import pick
from mgi.profiles.results_sections import sdg_section_for, summary_chart_for
from mgi.results.assessment_results import load_results


def last_published_before(assessment: Assessment) -> Assessment | None:
    """The place's newest published round up to this one (not this assessment itself): what a
    draft, or a correction of a round, is compared with."""
    return (
        Assessment.objects.published()
        .select_related("place")
        .filter(place=assessment.place, round_year__lte=assessment.round_year)
        .exclude(pk=assessment.pk)
        .order_by("-round_year", "-revision")
        .first()
    )


def build_workspace_results(assessment: Assessment, language: str) -> dict:
    domains = [
        {"number": d.number, "slug": d.slug, "name": pick(d.name, language)}
        for d in assessment.framework.domains.order_by("number")
    ]
    results = load_results([assessment])[assessment.pk]
    return {
        "answered": results.answered,
        "chart": summary_chart_for("workspace-summary", results, domains),
        "sdg": sdg_section_for(assessment, results, language),
        "baseline": last_published_before(assessment),
    }
