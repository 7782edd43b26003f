"""Optimistic locking: an edit names the version it started from, and loses to any save since."""

from django.db.models import F, Model


def update_if_version(model: type[Model], pk, expected_version: int, **fields) -> bool:
    """Write `fields` and bump the row's version if it is still `expected_version`.

    The check and the write are one UPDATE, so of two saves from the same version the database
    lets exactly one through. False when the row has moved on (or is gone): nothing was written.
    """
    updated = model.objects.filter(pk=pk, version=expected_version).update(
        **fields, version=F("version") + 1
    )
    return updated == 1
