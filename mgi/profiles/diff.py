"""What changed between two assessments of a place: answers by indicator, findings by text."""

from mgi.assessments.models import Answer, Assessment
from mgi.lib.i18n_text import pick
from mgi.profiles.models import Finding


def _answers(assessment: Assessment) -> dict[str, dict]:
    rows = Answer.objects.filter(assessment=assessment).select_related("indicator", "option")
    return {
        answer.indicator.code: {
            "indicator": answer.indicator.code,
            "question": pick(answer.indicator.question),
            "option": answer.option.code if answer.option else None,
            "option_label": pick(answer.option.label) if answer.option else "",
            "justification": answer.justification,
            "order": answer.indicator.order,
        }
        for answer in rows
    }


def _findings(assessment: Assessment, language: str) -> list[dict]:
    return [
        {
            "domain": finding.domain.number,
            "domain_name": pick(finding.domain.name, language),
            "kind": finding.kind,
            "text": pick(finding.text, language),
        }
        for finding in Finding.objects.filter(assessment=assessment)
        .select_related("domain")
        .order_by("domain__number", "kind", "order")
    ]


def compare_assessments(old: Assessment, new: Assessment, language: str = "en") -> dict:
    """Indicators whose answer or justification changed, and findings added and removed."""
    old_answers, new_answers = _answers(old), _answers(new)
    changed = []
    for code in sorted(
        set(old_answers) | set(new_answers),
        key=lambda c: (new_answers.get(c) or old_answers.get(c))["order"],
    ):
        before, after = old_answers.get(code), new_answers.get(code)
        if (
            before
            and after
            and (before["option"], before["justification"])
            == (after["option"], after["justification"])
        ):
            continue
        changed.append(
            {
                "indicator": code,
                "question": (after or before)["question"],
                "before": _answer_side(before),
                "after": _answer_side(after),
            }
        )
    old_findings, new_findings = _findings(old, language), _findings(new, language)

    def key(f):
        return (f["domain"], f["kind"], f["text"])

    old_keys, new_keys = {key(f) for f in old_findings}, {key(f) for f in new_findings}
    return {
        "from": _side(old),
        "to": _side(new),
        "answers_changed": changed,
        "findings_added": [f for f in new_findings if key(f) not in old_keys],
        "findings_removed": [f for f in old_findings if key(f) not in new_keys],
    }


def _answer_side(answer: dict | None) -> dict | None:
    if answer is None:
        return None
    return {
        "option": answer["option"],
        "option_label": answer["option_label"],
        "justification": answer["justification"],
    }


def _side(assessment: Assessment) -> dict:
    return {
        "id": assessment.pk,
        "place": assessment.place.code,
        "round": assessment.round_year,
        "revision": assessment.revision,
        "status": assessment.status,
    }
