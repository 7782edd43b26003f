"""What a public page's rendering depends on, read in one query and named by an ETag.

A profile's pages depend on the assessment and its revision, its profile's publication and the
public version, which every public change bumps (corrections, translations, SDG categories,
other rounds of the place; see public_changes.py). A listing of profiles depends on the public
version alone. With the language and the code version, that names one rendering exactly.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import quote_etag

from mgi.assessments.models import Assessment
from mgi.operations.code_version import code_version
from mgi.operations.models import PublicVersion
from mgi.places.models import Place
from mgi.profiles.models import Profile


@dataclass(frozen=True)
class PageVersion:
    etag: str
    last_modified: datetime | None


def profile_version(
    place: str, round_year: int, revision: int | None = None, *, language: str
) -> PageVersion | None:
    """None when no published profile answers the address (the view then gives its 404)."""
    published = Assessment.Status.PUBLISHED.value
    parameters = [PublicVersion.ROW, PublicVersion.ROW, place.upper(), round_year, published]
    if revision is not None:
        parameters.append(revision)
    row = _fetch_one(_profile_sql(with_revision=revision is not None), parameters)
    if row is None:
        return None
    pk, revision_number, *times, public_number = row
    return _version(times, pk, revision_number, public_number or 0, language)


def listing_version(*, language: str) -> PageVersion:
    row = _fetch_one(_listing_sql(), [PublicVersion.ROW])
    changed_at, number = row or (None, 0)
    return _version([changed_at], "listing", number, language)


def _version(times: list, *parts) -> PageVersion:
    times = [_as_utc(time) for time in times]
    described = [*parts, *(time.isoformat() if time else "" for time in times), code_version()]
    digest = hashlib.sha256("|".join(map(str, described)).encode()).hexdigest()[:32]
    known = [time for time in times if time]
    return PageVersion(quote_etag(digest), max(known) if known else None)


def _fetch_one(sql: str, parameters: list):
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return cursor.fetchone()


# The queries are written out, not built with the ORM: building one took longer than running
# it, and one runs on every request for a public page, cached or not.


@lru_cache(maxsize=2)
def _profile_sql(with_revision: bool) -> str:
    quote = connection.ops.quote_name
    version, assessment = quote(PublicVersion._meta.db_table), quote(Assessment._meta.db_table)
    place, profile = quote(Place._meta.db_table), quote(Profile._meta.db_table)
    return f"""
        SELECT a.id, a.revision, a.updated_at, p.published_at,
               (SELECT v.changed_at FROM {version} v WHERE v.id = %s),
               (SELECT v.number FROM {version} v WHERE v.id = %s)
        FROM {assessment} a
        JOIN {place} place ON place.id = a.place_id
        JOIN {profile} p ON p.assessment_id = a.id
        WHERE place.code = %s AND a.round_year = %s AND a.status = %s
              {"AND a.revision = %s" if with_revision else ""}
        ORDER BY a.revision DESC
        LIMIT 1
    """


@lru_cache(maxsize=1)
def _listing_sql() -> str:
    version = connection.ops.quote_name(PublicVersion._meta.db_table)
    return f"SELECT changed_at, number FROM {version} WHERE id = %s"


def _as_utc(value) -> datetime | None:
    """Raw rows hold datetimes as PostgreSQL gives them, or as SQLite's text in UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else timezone.make_aware(value, UTC)
