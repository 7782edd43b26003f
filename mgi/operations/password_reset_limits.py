"""At most a few password-reset mails an hour for an account and from an address: the form
must not become a way to flood someone's mailbox."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from mgi.operations.models import PasswordResetRequest

WINDOW = datetime.timedelta(hours=1)
MAX_PER_ADDRESS = 5
MAX_PER_ACCOUNT = 3


@dataclass
class ResetVerdict:
    address_wait: int  # seconds before this address may ask again; 0 when it may
    account_may_be_mailed: bool


def _key(email: str) -> str:
    return email.strip().casefold()[:254]


def _wait(requests, limit: int) -> int:
    times = list(requests.order_by("-at").values_list("at", flat=True)[:limit])
    if len(times) < limit:
        return 0
    return max(1, int((times[-1] + WINDOW - timezone.now()).total_seconds()) + 1)


def may_mail(email: str, address: str | None) -> ResetVerdict:
    recent = PasswordResetRequest.objects.filter(at__gte=timezone.now() - WINDOW)
    address_wait = _wait(recent.filter(address=address), MAX_PER_ADDRESS) if address else 0
    account_wait = _wait(recent.filter(email=_key(email)), MAX_PER_ACCOUNT)
    return ResetVerdict(address_wait, account_wait == 0)


def record_reset_request(email: str, address: str | None) -> None:
    PasswordResetRequest.objects.create(email=_key(email), address=address)
    PasswordResetRequest.objects.filter(at__lt=timezone.now() - WINDOW).delete()
