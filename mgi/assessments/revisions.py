"""Corrections of published profiles: a new revision that copies the old one, which stays."""

from django.db import transaction

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError, NotAllowed
from mgi.assessments.models import Answer, Assessment, Membership, Role
from mgi.assessments.permissions import role_of


def start_revision(published: Assessment, user, note: str) -> Assessment:
    """Copy a published revision's answers, sources and team into a new draft revision in data
    collection. Its profile and findings are the profiles app's to copy
    (mgi.profiles.rounds.start_correction does both)."""
    if role_of(user, published) != Role.COORDINATOR:
        raise NotAllowed("Only a coordinator can start a correction.")
    if not published.is_published:
        raise AssessmentError("Only a published profile is corrected with a new revision.")
    if not note.strip():
        raise AssessmentError("Say what the correction changes: readers will see this note.")
    with transaction.atomic():
        newest = (
            Assessment.objects.select_for_update()
            .filter(place=published.place, round_year=published.round_year)
            .order_by("-revision")
            .first()
        )
        if newest.pk != published.pk:
            raise AssessmentError(f"Revision {newest.revision} already corrects this profile.")
        draft = Assessment.objects.create(
            place=published.place,
            framework=published.framework,
            round_year=published.round_year,
            month=published.month,
            revision=published.revision + 1,
            status=Assessment.Status.DATA_COLLECTION,
            correction_note=note.strip(),
        )
        source_copies = {}
        for source in published.sources.all():
            old_pk = source.pk
            source.pk, source.assessment, source.version = None, draft, 1
            source.save()
            source_copies[old_pk] = source
        for answer in published.answers.prefetch_related("sources"):
            copy = Answer.objects.create(
                assessment=draft,
                indicator=answer.indicator,
                option=answer.option,
                justification=answer.justification,
            )
            copy.sources.set([source_copies[s.pk] for s in answer.sources.all()])
        for membership in published.memberships.all():
            Membership.objects.create(assessment=draft, user=membership.user, role=membership.role)
        log_action(
            "start_correction",
            draft,
            actor=user,
            assessment=draft,
            before={"revision": published.revision},
            after={"revision": draft.revision, "note": draft.correction_note},
        )
    return draft
