"""The evidence behind a profile's findings: the indicators they rest on, answers and sources."""

from dataclasses import dataclass

from django.db.models import Prefetch

from mgi.assessments.models import Answer, Assessment, Source
from mgi.frameworks.models import Indicator
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown
from mgi.lib.shared_reads import shared_read


@dataclass(frozen=True)
class EvidenceRow:
    """What the database holds about one indicator of the assessment, in every language."""

    code: str
    question: dict
    option_label: dict | None
    justification_html: str
    sources: tuple[dict, ...]


def build_evidence(assessment: Assessment, codes: set[str], language: str) -> dict[str, dict]:
    """Indicator code -> question, answer and sources; three queries however many codes."""
    return {
        row.code: {
            "code": row.code,
            "question": pick(row.question, language),
            "answer": pick(row.option_label, language) if row.option_label else "",
            "justification_html": row.justification_html,
            # The kind's name is translated here, not in the shared rows: they serve every language.
            "sources": [{**source, "kind": _kind_name(source["kind"])} for source in row.sources],
        }
        for row in evidence_rows(assessment, frozenset(codes))
    }


@shared_read(key=lambda assessment, codes: (assessment.pk, codes))
def evidence_rows(assessment: Assessment, codes: frozenset[str]) -> list[EvidenceRow]:
    if not codes:
        return []
    # Imported profiles have findings tied to indicators but no answers: the question still says
    # what the finding rests on. Only the columns shown are read: an indicator's guidance,
    # keywords and statement templates are large and not shown here.
    questions = dict(
        Indicator.objects.filter(framework_id=assessment.framework_id, code__in=codes).values_list(
            "code", "question"
        )
    )
    rows = {code: EvidenceRow(code, question, None, "", ()) for code, question in questions.items()}
    answers = (
        Answer.objects.filter(assessment=assessment, indicator__code__in=codes)
        .select_related("indicator", "option")
        .only("justification", "indicator__code", "indicator__question", "option__label")
        .prefetch_related(Prefetch("sources", queryset=Source.objects.order_by("title")))
    )
    for answer in answers:
        code = answer.indicator.code
        rows[code] = EvidenceRow(
            code,
            answer.indicator.question,
            answer.option.label if answer.option else None,
            render_markdown(answer.justification),
            tuple(
                {
                    "title": s.title,
                    "kind": s.kind,
                    "citation": s.citation,
                    "url": s.url,
                    "date": s.date.isoformat() if s.date else "",
                }
                for s in answer.sources.all()
            ),
        )
    return list(rows.values())


def _kind_name(kind: str) -> str:
    try:
        return str(Source.Kind(kind).label)
    except ValueError:
        return kind
