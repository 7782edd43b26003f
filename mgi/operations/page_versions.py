"""What a public page's rendering depends on, read in one query and named by an ETag.

A profile's pages depend on the assessment and its revision, its profile's publication and the
stamp of public data (public_changes.py), which every public change moves (corrections,
translations, SDG categories, other rounds of the place). A listing of profiles depends on the
stamp alone. With the language and the code version, that names one rendering exactly.

Each process remembers a version it read for PUBLIC_VERSION_MEMORY_SECONDS (a second), so that
the readers of a popular page cost no query each. A public change made in the process forgets at
once; other processes follow within that second, as browsers and proxies, which keep a public
page for minutes (public_cache.py), follow later still.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from time import monotonic

from django.conf import settings
from django.db import connection, transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import quote_etag

from mgi.assessments.models import Assessment
from mgi.operations.code_version import code_version
from mgi.operations.public_changes import (
    STAMP_COLUMNS,
    public_data_changed,
    public_stamp,
    stamp_columns,
    stamp_of,
)

# Stand-ins for a request's values while the query is compiled (see _profile_query).
PLACE, ROUND, REVISION = "\x00place", 32_001, 32_002
# Versions remembered at most, so that requests for made-up addresses cannot grow it unbounded.
MAX_REMEMBERED = 5_000

# (kind, address..., language) -> (until, version)
_remembered: dict[tuple, tuple[float, "PageVersion"]] = {}


@dataclass(frozen=True)
class PageVersion:
    etag: str
    last_modified: datetime | None


def profile_version(
    place: str, round_year: int, revision: int | None = None, *, language: str
) -> PageVersion | None:
    """None when no published profile answers the address (the view then gives its 404)."""
    key = ("profile", place.upper(), round_year, revision, language)
    return _remembered_or(key, lambda: _read_profile_version(place, round_year, revision, language))


def listing_version(*, language: str) -> PageVersion:
    return _remembered_or(
        ("listing", language), lambda: _version([], public_stamp(), "listing", language)
    )


def _remembered_or(key: tuple, read) -> PageVersion | None:
    seconds = settings.PUBLIC_VERSION_MEMORY_SECONDS
    found = _remembered.get(key)
    if seconds and found is not None and monotonic() < found[0]:
        return found[1]
    version = read()
    if seconds and version is not None:
        if len(_remembered) >= MAX_REMEMBERED:
            _remembered.clear()
        _remembered[key] = (monotonic() + seconds, version)
    return version


@receiver(public_data_changed, dispatch_uid="forget-page-versions")
def forget_page_versions(sender, **kwargs):
    # Now, and again at the commit: a request between the two may have read the old version.
    _remembered.clear()
    transaction.on_commit(_remembered.clear)


def _read_profile_version(
    place: str, round_year: int, revision: int | None, language: str
) -> PageVersion | None:
    sql, positions = _profile_query(with_revision=revision is not None)
    values = {PLACE: place.upper(), ROUND: round_year, REVISION: revision}
    with connection.cursor() as cursor:
        cursor.execute(sql, [values.get(key, key) for key in positions])
        row = cursor.fetchone()
    if row is None:
        return None
    pk, revision_number, updated_at, published_at, number, changed_at, count, newest = row
    stamp = stamp_of(number, _as_utc(changed_at), count, _as_utc(newest))
    times = [_as_utc(updated_at), _as_utc(published_at)]
    return _version(times, stamp, pk, revision_number, language)


@lru_cache(maxsize=2)
def _profile_query(with_revision: bool) -> tuple[str, list]:
    """The version query, built from the assessment queryset, as SQL and its parameters.

    Compiled once per process, with stand-ins where each request's values go: it runs on every
    request for a public page, cached or not, and the ORM takes longer to compile it than the
    database to answer it.
    """
    if with_revision:
        shown = Assessment.objects.published().filter(revision=REVISION)
    else:
        shown = Assessment.objects.newest_revisions()
    query = (
        shown.filter(place__code=PLACE, round_year=ROUND, profile__isnull=False)
        .annotate(**stamp_columns())
        .values_list("pk", "revision", "updated_at", "profile__published_at", *STAMP_COLUMNS)
        .order_by()[:1]
    )
    sql, parameters = query.query.sql_with_params()
    return sql, list(parameters)


def _version(times: list, stamp, *parts) -> PageVersion:
    times = [time for time in (*times, stamp.last_modified) if time is not None]
    described = [*parts, *(time.isoformat() for time in times), stamp.key, code_version()]
    digest = hashlib.sha256("|".join(map(str, described)).encode()).hexdigest()[:32]
    return PageVersion(quote_etag(digest), max(times) if times else None)


def _as_utc(value) -> datetime | None:
    """Raw rows hold datetimes as PostgreSQL gives them, or as SQLite's text in UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else timezone.make_aware(value, UTC)
