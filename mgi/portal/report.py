"""The data of the full profile report (the PDF): the page's data plus sources and the annex."""

from mgi.assessments.models import Answer, Assessment, Source
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown
from mgi.portal.pages import build_profile_page


def build_report_data(assessment: Assessment, language: str) -> dict:
    page = build_profile_page(assessment, language)
    page["sources"] = _key_sources(assessment)
    page["annex"] = _annex(assessment, language)
    page["place"] = assessment.place
    return page


def _key_sources(assessment: Assessment) -> list[dict]:
    """Sources that some answer cites, grouped by kind in a fixed order: laws first."""
    cited = (
        Source.objects.filter(assessment=assessment, answers__isnull=False)
        .distinct()
        .order_by("title")
    )
    groups = {kind: [] for kind in Source.Kind.values}
    for source in cited:
        groups[source.kind].append(source)
    return [
        {"kind": Source.Kind(kind).label, "sources": sources}
        for kind, sources in groups.items()
        if sources
    ]


def _annex(assessment: Assessment, language: str) -> list[dict]:
    answers = (
        Answer.objects.filter(assessment=assessment)
        .select_related("indicator__area__domain", "option")
        .order_by("indicator__order")
    )
    domains: dict[int, dict] = {}
    for answer in answers:
        domain = answer.indicator.area.domain
        entry = domains.setdefault(
            domain.number,
            {
                "number": domain.number,
                "name": pick(domain.name, language),
                "colour": domain.colour,
                "rows": [],
            },
        )
        entry["rows"].append(
            {
                "code": answer.indicator.code,
                "question": pick(answer.indicator.question, language),
                "answer": pick(answer.option.label, language) if answer.option else "",
                "justification_html": render_markdown(answer.justification),
            }
        )
    return list(domains.values())
