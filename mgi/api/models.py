"""Personal API tokens: a signed-in user reads their drafts through the API with one of these."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """Only a hash of the token is kept; the token itself is shown once, when it is created."""

    class Scope(models.TextChoices):
        # The API only reads, and both scopes only read; the narrower one lets a script that
        # needs no drafts carry a token that could not leak them.
        DRAFTS = "read", _("Read published data and the drafts of your assessments")
        PUBLISHED = "read_published", _("Read published data only")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    # SHA-256 of the token: tokens are long random strings, so a fast hash cannot be reversed.
    token_hash = models.CharField(max_length=64, unique=True)
    # The first characters, shown in the workspace so people can tell their tokens apart.
    prefix = models.CharField(max_length=12)
    scope = models.CharField(max_length=16, choices=Scope.choices, default=Scope.DRAFTS)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    # A digest of the owner's password hash when the token was made: a changed or reset password
    # no longer matches it, and the token stops working with the password it was made under.
    password_digest = models.CharField(max_length=64)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.user} {self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def is_expired(self) -> bool:
        return self.revoked_at is None and self.expires_at <= timezone.now()
