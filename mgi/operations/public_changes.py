"""One number that changes whenever something a reader can see may have changed.

Every write is logged with an audit record. A record about a published assessment, or about no
assessment at all (SDG categories, ...), may change a public page, so it bumps the version in the
same transaction: readers see the new number exactly when they can see the new content. Edits of
drafts do not bump it, so researchers at work never empty the cache of public pages.
"""

from django.contrib.admin.models import LogEntry
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from django.utils import timezone

from mgi.assessments.models import Assessment, AuditRecord
from mgi.frameworks.models import Framework
from mgi.operations.models import PublicVersion

# Sent whenever the version moves, inside the writing transaction: what readers download may
# have to be made again (receivers that start work should wait for the commit).
public_data_changed = Signal()


def bump_public_version() -> None:
    now = timezone.now()
    bumped = PublicVersion.objects.filter(pk=PublicVersion.ROW).update(
        number=F("number") + 1, changed_at=now
    )
    if not bumped:
        PublicVersion.objects.get_or_create(
            pk=PublicVersion.ROW, defaults={"number": 1, "changed_at": now}
        )
    public_data_changed.send(sender=PublicVersion)


def may_change_public_pages(record: AuditRecord) -> bool:
    if record.assessment_id is None:
        return True
    # log_action is handed the assessment, so this reads the object in memory, not the database.
    return record.assessment.is_published


@receiver(post_save, sender=AuditRecord, dispatch_uid="public-version-audit")
def audit_record_written(sender, instance, created, raw=False, **kwargs):
    if created and not raw and may_change_public_pages(instance):
        bump_public_version()


@receiver(post_save, sender=Framework, dispatch_uid="public-version-framework")
@receiver(post_save, sender=LogEntry, dispatch_uid="public-version-admin")
def public_data_written(sender, instance, raw=False, **kwargs):
    """Framework texts show on every profile; admin edits are logged by Django, not by us."""
    if not raw:
        bump_public_version()


@receiver(post_delete, sender=Assessment, dispatch_uid="public-version-delete")
def assessment_deleted(sender, instance, **kwargs):
    if instance.is_published:
        bump_public_version()
