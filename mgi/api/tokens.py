"""Create, check and revoke personal API tokens; every change is logged."""

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from mgi.api.models import ApiToken
from mgi.assessments.audit import log_action

TOKEN_PREFIX = "mgi_"
# Writing the time of every request would turn each read into a write; a minute is precise enough.
LAST_USED_PRECISION = timedelta(minutes=1)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(user, name: str) -> tuple[ApiToken, str]:
    """A new token for the user; the plain token is returned once and never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        api_token = ApiToken.objects.create(
            user=user,
            name=name.strip(),
            token_hash=hash_token(token),
            prefix=token[: len(TOKEN_PREFIX) + 4],
        )
        log_action("create_api_token", api_token, actor=user, after={"name": api_token.name})
    return api_token, token


def revoke_token(api_token: ApiToken, user) -> None:
    if api_token.revoked_at is not None:
        return
    with transaction.atomic():
        api_token.revoked_at = timezone.now()
        api_token.save(update_fields=["revoked_at"])
        log_action("revoke_api_token", api_token, actor=user, before={"name": api_token.name})


def user_for_token(token: str):
    """The active user the token belongs to, or None for an unknown or revoked token."""
    api_token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True)
        .first()
    )
    if api_token is None:
        return None
    now = timezone.now()
    if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
    return api_token.user
