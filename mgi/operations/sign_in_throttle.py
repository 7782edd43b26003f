"""Slow down password guessing without letting a stranger lock an account's owner out.

A sign-in is refused for a while after too many failures within a window:
- for a user name, counted from every address, except on a device the account's owner has
  signed in from before (it carries a signed cookie naming the account), so that guesses from
  elsewhere cannot keep the owner out; completing a password reset also clears the count;
- from an address, whatever the names tried.

User names are counted as Django signs in with them (NFKC), case-folded: `ａdmin`, `𝐚dmin` and
`Admin` are the same account's guesses. Failures are rows in the database, so several app
processes count them together.
"""

import datetime
import math
import unicodedata

from django.conf import settings
from django.core import signing
from django.utils import timezone

from mgi.operations.models import FailedSignIn

MAX_FAILURES = 5
WINDOW = datetime.timedelta(minutes=15)
DEVICE_COOKIE = "mgi_known_device"
DEVICE_COOKIE_SALT = "mgi.operations.sign_in_throttle.device"
DEVICE_COOKIE_AGE = 365 * 24 * 3600
# A browser shared by a few people remembers each of them.
DEVICE_NAMES_KEPT = 5


def normalised(username: str) -> str:
    """The key of a user name: as Django compares it (NFKC), case-folded, at most 150 long."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", username).casefold())
    # Control characters (a NUL, which PostgreSQL cannot store) are in no user name.
    return "".join(c for c in folded if unicodedata.category(c) != "Cc").strip()[:150]


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


def known_device_names(request) -> list[str]:
    """The accounts signed in from this browser before, from its signed cookie."""
    try:
        names = request.get_signed_cookie(
            DEVICE_COOKIE, default=None, salt=DEVICE_COOKIE_SALT, max_age=DEVICE_COOKIE_AGE
        )
    except signing.BadSignature:
        return []
    return names.split("\n") if names else []


def remember_device(request, response, username: str) -> None:
    """Mark this browser as one the account's owner uses: guesses elsewhere do not lock it."""
    key = normalised(username)
    names = [key] + [name for name in known_device_names(request) if name != key]
    response.set_signed_cookie(
        DEVICE_COOKIE,
        "\n".join(names[:DEVICE_NAMES_KEPT]),
        salt=DEVICE_COOKIE_SALT,
        max_age=DEVICE_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def seconds_until_allowed(username: str, address: str | None, known_device: bool = False) -> int:
    """0 when sign-in may be tried; else how long until the oldest counted failure expires.

    `known_device`: the request comes from a browser the account signed in from before; only the
    failures from its own address count against it.
    """
    since = timezone.now() - WINDOW
    recent = FailedSignIn.objects.filter(at__gte=since)
    named = recent.filter(username=normalised(username))
    counted = []
    if address:
        counted.append(recent.filter(address=address))
        if known_device:
            counted.append(named.filter(address=address))
    if not known_device:
        counted.append(named)
    waits = []
    for failures in counted:
        times = list(failures.order_by("-at").values_list("at", flat=True)[:MAX_FAILURES])
        if len(times) >= MAX_FAILURES:
            waits.append((times[-1] + WINDOW - timezone.now()).total_seconds())
    return max(0, math.ceil(max(waits))) if waits else 0


def request_wait(request, username: str) -> int:
    """seconds_until_allowed for a request: its address, and whether it is a known device."""
    known = normalised(username) in known_device_names(request)
    return seconds_until_allowed(username, client_address(request), known_device=known)


def record_failure(username: str, address: str | None) -> None:
    FailedSignIn.objects.create(username=normalised(username), address=address)
    # Old rows count for nothing: drop them while here, so the table stays small.
    FailedSignIn.objects.filter(at__lt=timezone.now() - WINDOW).delete()


def forget_failures(username: str, address: str | None) -> None:
    """After a successful sign-in, the person's own typing mistakes (from the same address) no
    longer count; guesses made elsewhere still do."""
    FailedSignIn.objects.filter(username=normalised(username), address=address).delete()


def forget_all_failures(username: str) -> None:
    """After the owner completes a password reset: whatever was guessed no longer counts."""
    FailedSignIn.objects.filter(username=normalised(username)).delete()
