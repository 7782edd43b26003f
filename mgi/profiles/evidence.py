"""The evidence behind a profile's findings: the indicators they rest on, answers and sources."""

from django.db.models import Prefetch

from mgi.assessments.models import Answer, Assessment, Source
from mgi.frameworks.models import Indicator
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown


def build_evidence(assessment: Assessment, codes: set[str], language: str) -> dict[str, dict]:
    """Indicator code -> question, answer and sources; three queries however many codes."""
    if not codes:
        return {}
    indicators = Indicator.objects.filter(framework_id=assessment.framework_id, code__in=codes)
    # Imported profiles have findings tied to indicators but no answers: the question still says
    # what the finding rests on.
    evidence = {
        indicator.code: {
            "code": indicator.code,
            "question": pick(indicator.question, language),
            "answer": "",
            "justification_html": "",
            "sources": [],
        }
        for indicator in indicators
    }
    answers = (
        Answer.objects.filter(assessment=assessment, indicator__code__in=codes)
        .select_related("indicator", "option")
        .prefetch_related(Prefetch("sources", queryset=Source.objects.order_by("title")))
    )
    evidence.update(
        {
            answer.indicator.code: {
                "code": answer.indicator.code,
                "question": pick(answer.indicator.question, language),
                "answer": pick(answer.option.label, language) if answer.option else "",
                "justification_html": render_markdown(answer.justification),
                "sources": [
                    {
                        "title": s.title,
                        "kind": s.get_kind_display(),
                        "citation": s.citation,
                        "url": s.url,
                        "date": s.date.isoformat() if s.date else "",
                    }
                    for s in answer.sources.all()
                ],
            }
            for answer in answers
        }
    )
    return evidence
