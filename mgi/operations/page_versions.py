"""What a public page's rendering depends on, read in one query and named by an ETag.

A profile's pages depend on the assessment and its revision, its profile's publication and the
stamp of public data (public_changes.py), which every public change moves (corrections,
translations, SDG categories, other rounds of the place). A listing of profiles depends on the
stamp alone. With the language and the code version, that names one rendering exactly.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.utils.http import quote_etag

from mgi.assessments.models import Assessment
from mgi.operations.code_version import code_version
from mgi.operations.public_changes import STAMP_COLUMNS, public_stamp, stamp_columns, stamp_of


@dataclass(frozen=True)
class PageVersion:
    etag: str
    last_modified: datetime | None


def profile_version(
    place: str, round_year: int, revision: int | None = None, *, language: str
) -> PageVersion | None:
    """None when no published profile answers the address (the view then gives its 404)."""
    if revision is None:
        shown = Assessment.objects.newest_revisions()
    else:
        shown = Assessment.objects.published().filter(revision=revision)
    # One query, stamp included: it runs on every request for a public page, cached or not.
    row = (
        shown.filter(place__code=place.upper(), round_year=round_year, profile__isnull=False)
        .annotate(**stamp_columns())
        .values_list("pk", "revision", "updated_at", "profile__published_at", *STAMP_COLUMNS)
        .first()
    )
    if row is None:
        return None
    pk, revision_number, updated_at, published_at, *stamp = row
    return _version([updated_at, published_at], stamp_of(*stamp), pk, revision_number, language)


def listing_version(*, language: str) -> PageVersion:
    return _version([], public_stamp(), "listing", language)


def _version(times: list, stamp, *parts) -> PageVersion:
    times = [time for time in (*times, stamp.last_modified) if time is not None]
    described = [*parts, *(time.isoformat() for time in times), stamp.key, code_version()]
    digest = hashlib.sha256("|".join(map(str, described)).encode()).hexdigest()[:32]
    return PageVersion(quote_etag(digest), max(times) if times else None)
