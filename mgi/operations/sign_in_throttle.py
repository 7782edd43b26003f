"""Slow down password guessing: after too many failed sign-ins for one user name, or from one
address, within a window, sign-in is refused until the oldest failure leaves the window.

Failures are rows in the database, so several app processes count them together.
"""

import datetime
import math

from django.conf import settings
from django.utils import timezone

from mgi.operations.models import FailedSignIn

MAX_FAILURES = 5
WINDOW = datetime.timedelta(minutes=15)


def normalised(username: str) -> str:
    return username.strip().casefold()[:150]


def client_address(request) -> str | None:
    """REMOTE_ADDR, or behind a proxy the last address of the header it sets (the one the proxy
    saw; the ones before it are whatever the client claimed)."""
    header = settings.CLIENT_IP_HEADER
    if header:
        forwarded = request.META.get(header, "")
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-1]
    return request.META.get("REMOTE_ADDR") or None


def seconds_until_allowed(username: str, address: str | None) -> int:
    """0 when sign-in may be tried; else how long until the oldest counted failure expires."""
    since = timezone.now() - WINDOW
    recent = FailedSignIn.objects.filter(at__gte=since)
    waits = []
    for failures in (
        recent.filter(username=normalised(username)),
        recent.filter(address=address) if address else None,
    ):
        if failures is None:
            continue
        times = list(failures.order_by("-at").values_list("at", flat=True)[:MAX_FAILURES])
        if len(times) >= MAX_FAILURES:
            waits.append((times[-1] + WINDOW - timezone.now()).total_seconds())
    return max(0, math.ceil(max(waits))) if waits else 0


def record_failure(username: str, address: str | None) -> None:
    FailedSignIn.objects.create(username=normalised(username), address=address)
    # Old rows count for nothing: drop them while here, so the table stays small.
    FailedSignIn.objects.filter(at__lt=timezone.now() - WINDOW).delete()


def forget_failures(username: str) -> None:
    """After a successful sign-in, the person's own earlier typing mistakes no longer count."""
    FailedSignIn.objects.filter(username=normalised(username)).delete()
