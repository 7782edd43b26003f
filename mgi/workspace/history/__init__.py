"""An assessment's history as plain-language lines: filtered, paginated, with its references
(indicators, options, sources, findings, comments, people) loaded once per page."""

import json
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Assessment, AuditRecord, Comment, Source
from mgi.frameworks.models import Indicator, ScaleOption
from mgi.lib.i18n_text import pick
from mgi.profiles.models import Finding
from mgi.workspace.history.lines import describe
from mgi.workspace.history.words import References, short

PER_PAGE = 50

# The kinds of change a reader filters by, and the recorded actions of each.
KINDS = {
    "answers": (_("Answers"), ("edit_answer", "demo_answers")),
    "sources": (_("Sources"), ("add_source", "edit_source")),
    "competences": (_("Competences"), ("edit_competences",)),
    "findings": (_("Findings"), ("add_finding", "edit_finding", "move_finding", "delete_finding")),
    "phases": (_("Phases and corrections"), ("create", "move", "approve", "start_correction")),
    "team": (_("Team"), ("add_member", "change_member", "remove_member")),
    "comments": (_("Comments"), ("comment", "resolve_comment", "reopen_comment")),
    "profile": (_("Profile texts"), ("edit_profile", "translate_profile", "import_profile")),
}
FINDING_ACTIONS = KINDS["findings"][1]


@dataclass(frozen=True)
class HistoryFilter:
    person: int | None = None
    kind: str = ""
    domain: int | None = None

    @classmethod
    def from_query(cls, query) -> "HistoryFilter":
        def number(name: str) -> int | None:
            value = query.get(name, "")
            return int(value) if value.isdigit() else None

        kind = query.get("kind", "")
        return cls(number("person"), kind if kind in KINDS else "", number("domain"))

    def as_query(self) -> dict:
        return {
            k: v
            for k, v in (("person", self.person), ("kind", self.kind), ("domain", self.domain))
            if v
        }


def _in_domain(assessment: Assessment, number: int) -> Q:
    """Records about the answers, findings and comments of one domain."""
    codes = list(
        Indicator.objects.filter(
            framework=assessment.framework_id, area__domain__number=number
        ).values_list("code", flat=True)
    )
    findings = [
        str(pk)
        for pk in Finding.objects.filter(assessment=assessment, domain__number=number).values_list(
            "pk", flat=True
        )
    ]
    comments = [
        str(pk)
        for pk in Comment.objects.filter(assessment=assessment)
        .filter(
            Q(answer__indicator__area__domain__number=number) | Q(finding__domain__number=number)
        )
        .values_list("pk", flat=True)
    ]
    return (
        Q(action="edit_answer", after__indicator__in=codes)
        | Q(action__in=("add_finding", "edit_finding"), after__domain=number)
        | Q(action="delete_finding", before__domain=number)
        | Q(action="move_finding", object_id__in=findings)
        | Q(object_type="assessments.comment", object_id__in=comments)
    )


def history_records(assessment: Assessment, filters: HistoryFilter):
    records = AuditRecord.objects.filter(assessment=assessment)
    if filters.person:
        records = records.filter(actor_id=filters.person)
    if filters.kind:
        records = records.filter(action__in=KINDS[filters.kind][1])
    if filters.domain:
        records = records.filter(_in_domain(assessment, filters.domain))
    return records.select_related("actor").order_by("-at", "-id")


@dataclass
class _Wanted:
    codes: set = field(default_factory=set)
    options: set = field(default_factory=set)
    sources: set = field(default_factory=set)
    findings: set = field(default_factory=set)
    comments: set = field(default_factory=set)
    usernames: set = field(default_factory=set)


def _wanted(records) -> _Wanted:
    wanted = _Wanted()
    for record in records:
        before, after = record.before or {}, record.after or {}
        if record.action == "edit_answer":
            wanted.codes.add(after.get("indicator") or before.get("indicator"))
            wanted.options.update(o for o in (before.get("option"), after.get("option")) if o)
            wanted.sources.update(before.get("sources") or [])
            wanted.sources.update(after.get("sources") or [])
        elif record.action == "move_finding":
            wanted.findings.add(record.object_id)
        elif record.object_type == "assessments.comment":
            wanted.comments.add(record.object_id)
        elif record.action in KINDS["team"][1]:
            wanted.usernames.update(d.get("user") for d in (before, after) if d.get("user"))
    return wanted


def _ids(values) -> list[int]:
    return [int(v) for v in values if str(v).isdigit()]


def load_references(assessment: Assessment, records, language: str) -> References:
    """Everything the lines name, in a fixed number of queries whatever the page holds."""
    wanted = _wanted(records)
    comments = {
        str(c.pk): c
        for c in Comment.objects.filter(
            assessment=assessment, pk__in=_ids(wanted.comments)
        ).select_related("answer__indicator", "finding__domain")
    }
    wanted.codes.update(c.answer.indicator.code for c in comments.values() if c.answer_id)
    indicators = {
        i.code: i
        for i in Indicator.objects.filter(framework=assessment.framework_id, code__in=wanted.codes)
    }
    options = {
        (o.scale_id, o.code): pick(o.label, language)
        for o in ScaleOption.objects.filter(
            scale__in={i.scale_id for i in indicators.values()}, code__in=wanted.options
        )
    }
    sources = {
        s.pk: s for s in Source.objects.filter(assessment=assessment, pk__in=_ids(wanted.sources))
    }
    findings = {
        str(f.pk): pick(f.text, language)
        for f in Finding.objects.filter(assessment=assessment, pk__in=_ids(wanted.findings))
    }
    people = {
        u.username: u.get_full_name() or u.username
        for u in get_user_model().objects.filter(username__in=wanted.usernames)
    }
    domains = {d.number: pick(d.name, language) for d in assessment.framework.domains.all()}
    return References(
        language=language,
        indicators={
            code: (pick(i.question, language), i.scale_id) for code, i in indicators.items()
        },
        options=options,
        sources=sources,
        findings=findings,
        comments={
            pk: {
                "reply": c.parent_id is not None,
                "indicator": c.answer.indicator.code if c.answer_id else None,
                "finding": short(pick(c.finding.text, language), 60) if c.finding_id else None,
            }
            for pk, c in comments.items()
        },
        people=people,
        domains=domains,
        competences={
            c.code: pick(c.name, language) for c in assessment.framework.competences.all()
        },
    )


def _raw(record: AuditRecord) -> str:
    return json.dumps(
        {
            "action": record.action,
            "object": f"{record.object_type} {record.object_id}",
            "via": record.via,
            "before": record.before,
            "after": record.after,
        },
        ensure_ascii=False,
        indent=1,
        sort_keys=True,
    )


def build_history_page(assessment: Assessment, query, language: str, show_raw: bool) -> dict:
    """The lines of one page of the history, and the choices of its filter form."""
    filters = HistoryFilter.from_query(query)
    page = Paginator(history_records(assessment, filters), PER_PAGE).get_page(query.get("page"))
    references = load_references(assessment, page.object_list, language)
    lines = []
    for record in page.object_list:
        line = describe(record, references)
        line["raw"] = _raw(record) if show_raw else None
        lines.append(line)
    people = get_user_model().objects.filter(auditrecord__assessment=assessment).distinct()
    return {
        "lines": lines,
        "page": page,
        "filters": filters,
        "filter_query": urlencode(filters.as_query()),
        "people": sorted(
            ((u.pk, u.get_full_name() or u.username) for u in people), key=lambda p: p[1].lower()
        ),
        "kinds": [(code, label) for code, (label, _actions) in KINDS.items()],
        "domains": sorted(references.domains.items()),
    }
