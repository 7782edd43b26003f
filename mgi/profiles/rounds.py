"""Rounds with their profiles: a new assessment, and the correction of a published one.

The assessments app writes the round, its answers and its team; the profile texts and findings
are written here, in the same transaction, so a round never exists without its profile.
"""

from django.db import transaction

from mgi.assessments.creation import create_round
from mgi.assessments.models import Assessment
from mgi.assessments.revisions import start_revision
from mgi.frameworks.models import Framework
from mgi.places.models import Place
from mgi.profiles.models import Finding, Profile


def create_assessment(place: Place, framework: Framework, round_year: int, user) -> Assessment:
    """A new round with its creator as coordinator, and an untitled profile to write."""
    with transaction.atomic():
        assessment = create_round(place, framework, round_year, user)
        Profile.objects.create(
            assessment=assessment,
            title={"en": f"Migration Governance Profile: {place.official_name or place.name}"},
            date=f"{round_year:04d}",
        )
    return assessment


def start_correction(published: Assessment, user, note: str) -> Assessment:
    """Copy a published revision, profile and findings included, into a new draft revision."""
    with transaction.atomic():
        draft = start_revision(published, user, note)
        copy_profile(published, draft)
    return draft


def copy_profile(published: Assessment, draft: Assessment) -> None:
    for finding in published.findings.prefetch_related("indicators"):
        copy = Finding.objects.create(
            assessment=draft,
            domain_id=finding.domain_id,
            kind=finding.kind,
            text=finding.text,
            order=finding.order,
        )
        copy.indicators.set(finding.indicators.all())
    profile = Profile.objects.get(assessment=published)
    Profile.objects.create(
        assessment=draft,
        title=profile.title,
        introduction=profile.introduction,
        date=profile.date,
    )
