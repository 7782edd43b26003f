"""The published profiles a reader may see, for every public surface to start from.

They rest on the assessments' read rules (`Assessment.objects.newest_revisions()`), so a draft or
a correction under way is never one of them.
"""

from django.db.models import QuerySet
from django.http import Http404

from mgi.assessments.models import Assessment
from mgi.lib.shared_reads import shared_read


def published_profiles() -> QuerySet:
    """The newest published revision of every round that has a profile."""
    return (
        Assessment.objects.newest_revisions()
        .filter(profile__isnull=False)
        .select_related("place", "profile")
    )


@shared_read(
    key=lambda place_code, round_year, revision=None: (place_code.upper(), round_year, revision)
)
def published_assessment(
    place_code: str, round_year: int, revision: int | None = None
) -> Assessment:
    """The newest published revision of a round (or the published one asked for); a draft is
    never public, so it is a 404 like a round that does not exist."""
    revisions = (
        Assessment.objects.published()
        if revision is not None
        else Assessment.objects.newest_revisions()
    )
    assessment = (
        revisions.select_related("place", "framework", "profile")
        .filter(place__code=place_code.upper(), round_year=round_year, profile__isnull=False)
        .filter(**({"revision": revision} if revision is not None else {}))
        .first()
    )
    if assessment is None:
        raise Http404("No published profile for this place and round.")
    return assessment


def other_published_revisions(assessment: Assessment) -> QuerySet:
    """The round's other published revisions, oldest first."""
    return (
        Assessment.objects.published()
        .filter(place=assessment.place_id, round_year=assessment.round_year)
        .exclude(pk=assessment.pk)
        .order_by("revision")
    )
