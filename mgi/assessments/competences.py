"""The competences a local authority holds, and the answer they allow: "outside local competence".

A local indicator may depend on a competence (health, housing...). Where the authority does not
hold it, the indicator can be answered "outside local competence", which counts as not
applicable: a city is not marked down for what its country decides.
"""

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError, EditConflict, InvalidValue
from mgi.assessments.models import Assessment, LocalCompetences
from mgi.assessments.permissions import require_edit
from mgi.frameworks.local_rules import OUTSIDE_COMPETENCE
from mgi.frameworks.models import Competence, Indicator


def framework_competences(assessment: Assessment) -> list[Competence]:
    return list(Competence.objects.filter(framework_id=assessment.framework_id))


def recorded_competences(assessment: Assessment) -> LocalCompetences | None:
    return LocalCompetences.objects.filter(assessment=assessment).first()


def held_codes(record: LocalCompetences | None) -> set[str] | None:
    """The codes of the competences held, or None while none are recorded."""
    if record is None or record.version == 0:
        return None
    return set(record.held.values_list("code", flat=True))


def competences_snapshot(record: LocalCompetences) -> dict:
    return {
        "held": sorted(record.held.values_list("code", flat=True)),
        "version": record.version,
    }


def save_competences(
    assessment: Assessment, expected_version: int, codes: list[str], user
) -> LocalCompetences:
    """Record the competences held if nobody saved them since `expected_version` (0 for none)."""
    require_edit(user, assessment)
    known = {c.code: c for c in framework_competences(assessment)}
    if not known:
        raise AssessmentError(
            _("The framework of this assessment defines no competences of a local authority.")
        )
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise InvalidValue(
            _("Competences held: “%(value)s” is not a competence of this framework.")
            % {"value": unknown[0]},
            field="held",
        )
    with transaction.atomic():
        record, _created = LocalCompetences.objects.get_or_create(assessment=assessment)
        before = competences_snapshot(record) if record.version else None
        # The version check and the write are one UPDATE: of two saves from the same version,
        # the database lets exactly one through.
        updated = LocalCompetences.objects.filter(pk=record.pk, version=expected_version).update(
            version=F("version") + 1
        )
        if not updated:
            raise EditConflict(
                _(
                    "The competences were saved by someone else since you opened the page. "
                    "Yours were not saved; review theirs and apply yours again."
                )
            )
        record.refresh_from_db()
        record.held.set([known[code] for code in dict.fromkeys(codes)])
        log_action(
            "edit_competences",
            record,
            actor=user,
            assessment=assessment,
            before=before,
            after=competences_snapshot(record),
        )
    return record


def check_outside_competence(assessment: Assessment, indicator: Indicator) -> None:
    """Refuse "outside local competence" unless the indicator depends on a competence that the
    authority is recorded as not holding."""
    if indicator.competence_id is None:
        raise AssessmentError(
            _(
                "Indicator %(code)s depends on no competence of the local authority, so it "
                "cannot be answered “outside local competence”."
            )
            % {"code": indicator.code}
        )
    held = held_codes(recorded_competences(assessment))
    name = indicator.competence.display_name
    if held is None:
        raise AssessmentError(
            _(
                "Indicator %(code)s can be answered “outside local competence” once the "
                "competences the local authority holds are recorded; record them first."
            )
            % {"code": indicator.code}
        )
    if indicator.competence.code in held:
        raise AssessmentError(
            _(
                "Indicator %(code)s depends on the competence “%(competence)s”, which the local "
                "authority holds, so it cannot be answered “outside local competence”."
            )
            % {"code": indicator.code, "competence": name}
        )


def is_outside_competence(option_code: str | None) -> bool:
    return option_code == OUTSIDE_COMPETENCE


def answers_outside_a_held_competence(assessment: Assessment) -> list[str]:
    """Codes of indicators answered "outside local competence" although the authority is now
    recorded as holding their competence: answers to review after the competences changed."""
    held = held_codes(recorded_competences(assessment))
    if not held:
        return []
    return list(
        assessment.answers.filter(
            option__code=OUTSIDE_COMPETENCE, indicator__competence__code__in=held
        )
        .order_by("indicator__order")
        .values_list("indicator__code", flat=True)
    )
