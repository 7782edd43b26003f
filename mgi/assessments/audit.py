"""Record every write: who, when, what, before -> after."""

from django.db import models

from mgi.assessments.models import Assessment, AuditRecord


def log_action(
    action: str,
    obj: models.Model,
    *,
    actor=None,
    via: str = "",
    assessment: Assessment | None = None,
    before: dict | None = None,
    after: dict | None = None,
) -> AuditRecord:
    return AuditRecord.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        via=via,
        assessment=assessment,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        before=before,
        after=after,
    )
