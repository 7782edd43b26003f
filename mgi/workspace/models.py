"""What each person wants to hear from the platform by mail, and what waits for their digest."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Assessment, Comment, Transition


class MailPreference(models.Model):
    class Delivery(models.TextChoices):
        EACH = "each", _("An e-mail for each event")
        DIGEST = "digest", _("One e-mail a day with everything (daily digest)")
        OFF = "off", _("No e-mail")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_preference"
    )
    delivery = models.CharField(max_length=8, choices=Delivery.choices, default=Delivery.EACH)
    # The language of the person's mail; empty means English, the platform's default.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user}: {self.delivery}"


class DigestEntry(models.Model):
    """One event kept for a person's next daily digest; deleted once the digest is sent."""

    class Kind(models.TextChoices):
        STEP = "step", _("A step waits for your role")
        REPLY = "reply", _("A reply to your comment")
        MENTION = "mention", _("You are mentioned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_entries"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="+")
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    transition = models.ForeignKey(
        Transition, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.user}: {self.kind} on {self.assessment}"
