"""The daily digest: one mail per person with every event kept for them since the last one."""

from itertools import groupby

from django.db import transaction
from django.utils import timezone

from mgi.assessments.audit import log_action
from mgi.workspace.mail import preference_of, send_digest_mail
from mgi.workspace.models import DigestEntry, MailPreference


def send_digests() -> int:
    """Send each waiting digest and forget its entries; return how many mails went out."""
    entries = DigestEntry.objects.select_related(
        "user__mail_preference",
        "assessment__place",
        "comment__author",
        "comment__answer__indicator",
        "transition__actor",
    ).order_by("user_id", "created_at", "id")
    sent = 0
    for _user_id, group in groupby(entries, key=lambda entry: entry.user_id):
        group = list(group)
        user = group[0].user
        preference = preference_of(user)
        # Someone who turned mail off since the events happened gets none of them.
        if preference.delivery != MailPreference.Delivery.OFF and user.is_active and user.email:
            send_digest_mail(
                user,
                [
                    {
                        "kind": e.kind,
                        "assessment": e.assessment,
                        "comment": e.comment,
                        "transition": e.transition,
                    }
                    for e in group
                ],
            )
            sent += 1
        with transaction.atomic():
            DigestEntry.objects.filter(pk__in=[e.pk for e in group]).delete()
            preference, _ = MailPreference.objects.update_or_create(
                user=user, defaults={"last_digest_at": timezone.now()}
            )
            log_action("send_digest", preference, via="send_digest", after={"events": len(group)})
    return sent
