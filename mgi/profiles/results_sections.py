"""The results sections a profile shows, for its public page and for its team's overview alike:
one bar per domain, and SDG 10.7.2 derived from the answers."""

from mgi.assessments.models import Assessment
from mgi.places.models import Place
from mgi.profiles.sdg_section import build_sdg_section, subcategory_questions
from mgi.profiles.summary_chart import build_summary_chart
from mgi.results.assessment_results import AssessmentResults, load_published_categories


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
