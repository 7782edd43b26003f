"""The stamp of public data: it changes whenever something a reader can see may have changed.

Pages, their cached renderings, the API's validators, the open-data files and the search choices
are all named by it, so a change of public data reaches them all at once.

Two things make it. Every write is logged with an audit record; a record about a published
assessment, or about no assessment at all (SDG categories, places, ...), may change a public page,
so it bumps a version number in the same transaction: readers see the new number exactly when they
can see the new content. And the published assessments themselves (how many, and the newest
change) are read through their queryset, so that a publication or deletion made without an audit
record changes the stamp too. Edits of drafts change neither, so researchers at work never empty
the cache of public pages.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.admin.models import LogEntry
from django.db.models import Count, DateTimeField, F, Func, IntegerField, Max, Subquery
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from django.utils import timezone

from mgi.assessments.models import Assessment, AuditRecord
from mgi.frameworks.models import Framework
from mgi.operations.models import PublicVersion

# Sent whenever the version moves, inside the writing transaction: what readers download may
# have to be made again (receivers that start work should wait for the commit).
public_data_changed = Signal()


@dataclass(frozen=True)
class PublicStamp:
    key: str
    last_modified: datetime | None


STAMP_COLUMNS = ("public_number", "public_changed_at", "published_count", "published_changed_at")


def stamp_columns() -> dict:
    """The stamp's values as subqueries, to read with other columns in a single query."""
    version = PublicVersion.objects.filter(pk=PublicVersion.ROW)
    published = Assessment.objects.published().order_by()
    return {
        "public_number": Subquery(version.values("number")[:1]),
        "public_changed_at": Subquery(version.values("changed_at")[:1]),
        "published_count": _over(published, "COUNT", "pk", IntegerField()),
        "published_changed_at": _over(published, "MAX", "updated_at", DateTimeField()),
    }


def _over(queryset, function: str, field: str, output_field) -> Subquery:
    """An aggregate of the whole queryset, as one value in a subquery."""
    value = Func(F(field), function=function, output_field=output_field)
    return Subquery(queryset.annotate(value=value).values("value")[:1])


def stamp_of(number, changed_at, count, published_changed_at) -> PublicStamp:
    """The stamp from the values of STAMP_COLUMNS, in that order."""
    times = [time for time in (changed_at, published_changed_at) if time is not None]
    key = "|".join(
        str(part)
        for part in (number or 0, changed_at or "", count or 0, published_changed_at or "")
    )
    return PublicStamp(key=key, last_modified=max(times) if times else None)


def public_stamp() -> PublicStamp:
    """The stamp alone, for what depends on all public data at once (lists, API, downloads)."""
    row = PublicVersion.objects.annotate(**stamp_columns()).values_list(*STAMP_COLUMNS)
    # The version's row exists once anything was ever published; before, only the counts speak.
    found = row.filter(pk=PublicVersion.ROW).first()
    if found is None:
        published = Assessment.objects.published().aggregate(
            count=Count("pk"), at=Max("updated_at")
        )
        return stamp_of(0, None, published["count"], published["at"])
    return stamp_of(*found)


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
