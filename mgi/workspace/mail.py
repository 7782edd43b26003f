"""Mail about review work, in each recipient's language, with a link to the exact place."""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mgi.assessments.models import Assessment, Comment, Transition
from mgi.workspace.links import absolute, assessment_path, comment_path
from mgi.workspace.models import MailPreference
from mgi.workspace.names import person_name
from mgi.workspace.steps import step_text

logger = logging.getLogger(__name__)
SUBJECT_LENGTH = 150


def preference_of(user) -> MailPreference:
    """The saved preference, or the default (a mail per event, in English) without saving it."""
    try:
        return user.mail_preference
    except MailPreference.DoesNotExist:
        return MailPreference(user=user)


def language_of(user) -> str:
    return preference_of(user).language or settings.LANGUAGE_CODE


def describe(
    kind: str, assessment: Assessment, comment: Comment | None, transition: Transition | None
) -> dict:
    """One event as the mail templates show it, in the active language; its link too (/es/...)."""
    name = f"{assessment.place.name} {assessment.round_year}"
    if kind == "step":
        return {
            "summary": step_text(assessment, transition),
            "detail": _("%(who)s moved it from %(from)s to %(to)s.")
            % {
                "who": person_name(transition.actor) or _("(deleted account)"),
                "from": transition.get_from_status_display(),
                "to": transition.get_to_status_display(),
            },
            "quote": transition.note,
            "url": absolute(assessment_path(assessment)),
            "at": transition.at,
        }
    where = (
        _("indicator %(code)s") % {"code": comment.answer.indicator.code}
        if comment.answer_id
        else _("a key finding")
    )
    values = {
        "who": person_name(comment.author) or _("(deleted account)"),
        "on": where,
        "assessment": name,
    }
    summary = (
        _("%(who)s mentioned you on %(on)s in %(assessment)s")
        if kind == "mention"
        else _("%(who)s replied to your comment on %(on)s in %(assessment)s")
    )
    return {
        "summary": summary % values,
        "detail": "",
        "quote": comment.text,
        "url": absolute(comment_path(comment)),
        "at": comment.created_at,
    }


def send_event_mail(user, kind: str, assessment, comment=None, transition=None) -> None:
    with translation.override(language_of(user)):
        event = describe(kind, assessment, comment, transition)
        body = render_to_string("workspace/mail/event.txt", _context(user, event=event))
        _send(event["summary"], body, user)


def send_digest_mail(user, events: list[dict]) -> None:
    """One mail for several events (dicts of kind, assessment, comment, transition)."""
    with translation.override(language_of(user)):
        described = [
            describe(e["kind"], e["assessment"], e["comment"], e["transition"]) for e in events
        ]
        subject = ngettext(
            "Your MGI Platform digest: %(count)d event",
            "Your MGI Platform digest: %(count)d events",
            len(described),
        ) % {"count": len(described)}
        body = render_to_string("workspace/mail/digest.txt", _context(user, events=described))
        _send(subject, body, user)


def _context(user, **values) -> dict:
    return {
        "user": user,
        "inbox_url": absolute(reverse("workspace:inbox")),
        "preferences_url": absolute(reverse("workspace:preferences")),
        **values,
    }


def _send(subject: str, body: str, user) -> None:
    # A refused mail must not undo or fail the comment or move that caused it: it is logged.
    # A reason typed on several lines must not break the one-line subject header.
    subject = Truncator(" ".join(subject.split())).chars(SUBJECT_LENGTH)
    try:
        send_mail(subject, body, None, [user.email])
    except (SMTPException, OSError):
        logger.exception("mail to %s could not be sent", user.pk)
