"""Rounds that are public from the start: profile pages imported as published, and synthetic data.

Everything else reaches "published" through the workflow (mgi.assessments.workflow). These are
the only other writers of that phase, so that other apps never set it themselves.
"""

from collections.abc import Iterable

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Framework
from mgi.places.models import Place

# The phase a round imported from a published page is in, and what its payload says.
IMPORTED_STATUS = Assessment.Status.PUBLISHED


def latest_revision_for_update(place: Place, round_year: int) -> Assessment | None:
    """The round's newest revision in any phase, locked until the transaction ends."""
    return (
        Assessment.objects.select_for_update()
        .filter(place=place, round_year=round_year)
        .order_by("-revision")
        .first()
    )


def create_published_revision(
    place: Place, framework: Framework, round_year: int, month: int | None, revision: int
) -> Assessment:
    """A revision of a round published as it is created, from a page published elsewhere."""
    return Assessment.objects.create(
        place=place,
        framework=framework,
        round_year=round_year,
        month=month,
        revision=revision,
        status=IMPORTED_STATUS,
    )


def create_published_rounds(rounds: Iterable[Assessment]) -> list[Assessment]:
    """Many first revisions at once, published (unsaved assessments in, saved ones out)."""
    ready = []
    for assessment in rounds:
        assessment.status = Assessment.Status.PUBLISHED
        ready.append(assessment)
    return Assessment.objects.bulk_create(ready)
