"""The evidence behind a profile's findings: the indicators they rest on, answers and sources."""

from dataclasses import dataclass

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
    # Plain rows rather than model instances with prefetched sources: the evidence shows a few
    # columns of each answer, and nothing here saves or changes it.
    answers = Answer.objects.filter(assessment=assessment, indicator__code__in=codes).values_list(
        "pk", "indicator__code", "indicator__question", "option__label", "justification"
    )
    answers = list(answers)
    sources = _sources_by_answer([pk for pk, *_rest in answers])
    for pk, code, question, option_label, justification in answers:
        rows[code] = EvidenceRow(
            code,
            question,
            option_label,
            render_markdown(justification),
            tuple(sources.get(pk, ())),
        )
    return list(rows.values())


def _sources_by_answer(answer_ids: list[int]) -> dict[int, list[dict]]:
    """Each answer's sources, by title."""
    links = (
        Answer.sources.through.objects.filter(answer_id__in=answer_ids)
        .order_by("source__title", "source_id")
        .values_list(
            "answer_id",
            "source__title",
            "source__kind",
            "source__citation",
            "source__url",
            "source__date",
        )
    )
    found: dict[int, list[dict]] = {}
    for answer_id, title, kind, citation, url, date in links:
        found.setdefault(answer_id, []).append(
            {
                "title": title,
                "kind": kind,
                "citation": citation,
                "url": url,
                "date": date.isoformat() if date else "",
            }
        )
    return found


def _kind_name(kind: str) -> str:
    try:
        return str(Source.Kind(kind).label)
    except ValueError:
        return kind
