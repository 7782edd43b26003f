"""Create, check and revoke personal API tokens; every change is logged."""

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError, transaction
from django.utils import timezone

from mgi.api.models import ApiToken
from mgi.assessments.audit import log_action

TOKEN_PREFIX = "mgi_"
# Writing the time of every request would turn each read into a write; a minute is precise enough.
LAST_USED_PRECISION = timedelta(minutes=1)
# How long a token may live, in days; the person picks one when making it.
LIFETIMES = (30, 90, 365)
DEFAULT_LIFETIME = 90


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def password_digest(user) -> str:
    """A digest of the user's stored password hash, which changes with every new password."""
    return hashlib.sha256(f"mgi-api-token:{user.password}".encode()).hexdigest()


def create_token(
    user, name: str, *, scope: str = ApiToken.Scope.DRAFTS, days: int = DEFAULT_LIFETIME
) -> tuple[ApiToken, str]:
    """A new token for the user; the plain token is returned once and never stored."""
    if days not in LIFETIMES:
        raise ValueError(f"A token lives {', '.join(map(str, LIFETIMES))} days, not {days}.")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        api_token = ApiToken.objects.create(
            user=user,
            name=name.strip(),
            token_hash=hash_token(token),
            prefix=token[: len(TOKEN_PREFIX) + 4],
            scope=scope,
            expires_at=timezone.now() + timedelta(days=days),
            password_digest=password_digest(user),
        )
        log_action(
            "create_api_token",
            api_token,
            actor=user,
            after={
                "name": api_token.name,
                "scope": scope,
                "expires_at": api_token.expires_at.isoformat(),
            },
        )
    return api_token, token


def revoke_token(api_token: ApiToken, user, *, via: str = "") -> None:
    if api_token.revoked_at is not None:
        return
    with transaction.atomic():
        api_token.revoked_at = timezone.now()
        api_token.save(update_fields=["revoked_at"])
        log_action(
            "revoke_api_token", api_token, actor=user, via=via, before={"name": api_token.name}
        )


def user_for_token(token: str):
    """Who the token reads as: its owner, or the public for a published-only token.

    None for an unknown, revoked or expired token, and for one made under a password that has
    since changed; such a token is revoked on the way, so the owner sees why it stopped.
    """
    api_token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True)
        .first()
    )
    if api_token is None:
        return None
    now = timezone.now()
    if api_token.expires_at <= now:
        return None
    if api_token.password_digest != password_digest(api_token.user):
        _revoke_quietly(api_token)
        return None
    if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_PRECISION:
        _note_use(api_token, now)
    if api_token.scope == ApiToken.Scope.PUBLISHED and api_token.user.is_active:
        return AnonymousUser()
    return api_token.user


def _note_use(api_token: ApiToken, now) -> None:
    # The time of use is a courtesy to the owner: a read-only database or a full disk must not
    # turn a read into an error because of it. The savepoint keeps PostgreSQL's transaction usable.
    try:
        with transaction.atomic():
            ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
    except DatabaseError:
        pass


def _revoke_quietly(api_token: ApiToken) -> None:
    try:
        revoke_token(api_token, None, via="password change")
    except DatabaseError:
        pass  # refused all the same: the digest no longer matches
