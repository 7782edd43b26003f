"""Each person's choice of mail: one per event, a daily digest, or none; and its language."""

from django.db import transaction

from mgi.assessments.audit import log_action
from mgi.workspace.models import MailPreference


def save_mail_preference(user, delivery: str, language: str) -> MailPreference:
    with transaction.atomic():
        preference, created = MailPreference.objects.select_for_update().get_or_create(user=user)
        before = {"delivery": preference.delivery, "language": preference.language}
        preference.delivery, preference.language = delivery, language
        preference.save(update_fields=["delivery", "language"])
        log_action(
            "mail_preference",
            preference,
            actor=user,
            before=None if created else before,
            after={"delivery": delivery, "language": language},
        )
    return preference
