"""Key findings: suggested from answers, then accepted, rewritten, reordered, added or dropped."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError, EditConflict, InvalidValue
from mgi.assessments.models import Answer, Assessment
from mgi.assessments.permissions import require_edit
from mgi.frameworks.models import Domain, Indicator
from mgi.lib.i18n_text import pick
from mgi.lib.versioned import update_if_version
from mgi.profiles.models import Finding
from mgi.profiles.payload import POTENTIAL, WELL_DEVELOPED

# Which outcome of an answer suggests which kind of finding: the MGI lists what exists as
# well developed, and what is missing or incomplete as having potential for development.
SUGGESTED_KIND = {"complete": WELL_DEVELOPED, "partial": POTENTIAL, "absent": POTENTIAL}
MAX_FINDING_LENGTH = 2_000


@dataclass(frozen=True)
class Suggestion:
    indicator_code: str
    domain_number: int
    kind: str
    option: str
    text: str


def suggest_findings(assessment: Assessment, language: str = "en") -> list[Suggestion]:
    """Statements for answered indicators that no finding rests on yet, in framework order."""
    place_name = assessment.place.name
    covered = set(
        Finding.objects.filter(assessment=assessment).values_list("indicators__code", "kind")
    )
    answers = (
        Answer.objects.filter(assessment=assessment, option__code__in=SUGGESTED_KIND)
        .select_related("indicator__area__domain", "option")
        .order_by("indicator__order")
    )
    suggestions = []
    for answer in answers:
        kind = SUGGESTED_KIND[answer.option.code]
        template = pick(answer.indicator.statements.get(answer.option.code), language)
        if not template or (answer.indicator.code, kind) in covered:
            continue
        suggestions.append(
            Suggestion(
                indicator_code=answer.indicator.code,
                domain_number=answer.indicator.area.domain.number,
                kind=kind,
                option=answer.option.code,
                text=template.replace("{place}", place_name),
            )
        )
    return suggestions


def finding_snapshot(finding: Finding) -> dict:
    return {
        "domain": finding.domain.number,
        "kind": finding.kind,
        "order": finding.order,
        "text": finding.text,
        "indicators": sorted(finding.indicators.values_list("code", flat=True)),
    }


def _check_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise AssessmentError("A finding needs a text.")
    if len(text) > MAX_FINDING_LENGTH:
        raise AssessmentError(f"A finding is at most {MAX_FINDING_LENGTH} characters.")
    return text


def _indicators_in_domain(assessment: Assessment, domain: Domain, codes: list[str]) -> list:
    """The indicators named by `codes`; the first code that is not one of the domain's is
    refused by name, so the person sees which one to correct."""
    found = {
        i.code: i
        for i in Indicator.objects.filter(
            framework=assessment.framework, code__in=codes
        ).select_related("area__domain")
    }
    for code in codes:
        indicator = found.get(code)
        if indicator is None:
            raise InvalidValue(
                _("Indicator code “%(value)s” is not in this framework.") % {"value": code},
                field="indicators",
            )
        if indicator.area.domain_id != domain.pk:
            raise InvalidValue(
                _(
                    "Indicator code “%(value)s” is in domain %(other)s: a finding rests on "
                    "indicators of its domain (%(domain)s)."
                )
                % {"value": code, "other": indicator.area.domain.number, "domain": domain.number},
                field="indicators",
            )
    return list({code: found[code] for code in codes}.values())


def add_finding(
    assessment: Assessment,
    domain: Domain,
    kind: str,
    text: str,
    indicator_codes: list[str],
    user,
    language: str = "en",
) -> Finding:
    require_edit(user, assessment)
    if kind not in (WELL_DEVELOPED, POTENTIAL):
        raise AssessmentError(f"{kind!r} is not a kind of finding.")
    if domain.framework_id != assessment.framework_id:
        raise AssessmentError("That domain belongs to another framework.")
    indicators = _indicators_in_domain(assessment, domain, indicator_codes)
    with transaction.atomic():
        last = Finding.objects.filter(assessment=assessment, domain=domain, kind=kind).aggregate(
            Max("order")
        )["order__max"]
        finding = Finding.objects.create(
            assessment=assessment,
            domain=domain,
            kind=kind,
            text={language: _check_text(text)},
            order=(last or 0) + 1,
        )
        finding.indicators.set(indicators)
        log_action(
            "add_finding",
            finding,
            actor=user,
            assessment=assessment,
            after=finding_snapshot(finding),
        )
    return finding


def accept_suggestion(assessment: Assessment, indicator_code: str, user) -> Finding:
    suggestion = next(
        (s for s in suggest_findings(assessment) if s.indicator_code == indicator_code), None
    )
    if suggestion is None:
        raise AssessmentError(f"There is no suggestion for indicator {indicator_code} any more.")
    domain = assessment.framework.domains.get(number=suggestion.domain_number)
    return add_finding(assessment, domain, suggestion.kind, suggestion.text, [indicator_code], user)


def edit_finding(
    finding: Finding,
    expected_version: int,
    text: str,
    indicator_codes: list[str],
    user,
    language: str = "en",
    *,
    translations: dict[str, str] | None = None,
) -> Finding:
    """Rewrite the finding in `language`; `translations` sets its other languages side by side
    (an empty text removes that language's text)."""
    assessment = finding.assessment
    require_edit(user, assessment)
    indicators = _indicators_in_domain(assessment, finding.domain, indicator_codes)
    with transaction.atomic():
        before = finding_snapshot(Finding.objects.get(pk=finding.pk))
        texts = {**finding.text, language: _check_text(text)}
        for code, translated in (translations or {}).items():
            if code == language:
                continue
            if translated.strip():
                texts[code] = _check_text(translated)
            else:
                texts.pop(code, None)
        if not update_if_version(Finding, finding.pk, expected_version, text=texts):
            raise EditConflict("This finding was changed by someone else since you opened it.")
        finding.refresh_from_db()
        finding.indicators.set(indicators)
        log_action(
            "edit_finding",
            finding,
            actor=user,
            assessment=assessment,
            before=before,
            after=finding_snapshot(finding),
        )
    return finding


def move_finding(finding: Finding, direction: int, user) -> None:
    """Swap the finding with its neighbour above (-1) or below (+1) in the same list."""
    assessment = finding.assessment
    require_edit(user, assessment)
    with transaction.atomic():
        siblings = list(
            Finding.objects.select_for_update()
            .filter(assessment=assessment, domain=finding.domain, kind=finding.kind)
            .order_by("order", "id")
        )
        index = next(i for i, f in enumerate(siblings) if f.pk == finding.pk)
        other = index + direction
        if not 0 <= other < len(siblings):
            return
        siblings[index], siblings[other] = siblings[other], siblings[index]
        for position, sibling in enumerate(siblings, start=1):
            if sibling.order != position:
                Finding.objects.filter(pk=sibling.pk).update(order=position)
        log_action(
            "move_finding",
            finding,
            actor=user,
            assessment=assessment,
            before={"order": index + 1},
            after={"order": other + 1},
        )


def delete_finding(finding: Finding, user) -> None:
    assessment = finding.assessment
    require_edit(user, assessment)
    with transaction.atomic():
        before = finding_snapshot(finding)
        log_action("delete_finding", finding, actor=user, assessment=assessment, before=before)
        Finding.objects.filter(
            assessment=assessment, domain=finding.domain, kind=finding.kind, order__gt=finding.order
        ).update(order=F("order") - 1)
        finding.delete()
