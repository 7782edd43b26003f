"""What running the platform needs to remember: failed sign-ins, password-reset requests, and the
public content version."""

from django.db import models


class FailedSignIn(models.Model):
    """One wrong password. Kept in the database so every app process counts the same failures."""

    username = models.CharField(max_length=150)
    address = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["username", "at"], name="failed_sign_in_username"),
            models.Index(fields=["address", "at"], name="failed_sign_in_address"),
            models.Index(fields=["at"], name="failed_sign_in_at"),
        ]

    def __str__(self) -> str:
        return f"{self.username} from {self.address} at {self.at:%Y-%m-%d %H:%M}"


class PasswordResetRequest(models.Model):
    """One password-reset mail asked for; counted to keep anyone from flooding a mailbox."""

    email = models.CharField(max_length=254)
    address = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["email", "at"], name="password_reset_email"),
            models.Index(fields=["address", "at"], name="password_reset_address"),
        ]

    def __str__(self) -> str:
        return f"reset for {self.email} from {self.address} at {self.at:%Y-%m-%d %H:%M}"


class PublicVersion(models.Model):
    """One row counting changes to public content; cached public pages are keyed by it."""

    ROW = 1

    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"public version {self.number}"
