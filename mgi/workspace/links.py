"""Addresses of the exact place something happened: a comment in its thread, an assessment."""

from django.conf import settings
from django.urls import reverse

from mgi.assessments.models import Assessment, Comment


def comment_path(comment: Comment) -> str:
    """The answer or finding page, scrolled to the comment (replies carry their own anchor)."""
    if comment.answer_id is not None:
        page = reverse(
            "workspace:answer", args=[comment.assessment_id, comment.answer.indicator.code]
        )
    else:
        page = reverse("workspace:finding", args=[comment.assessment_id, comment.finding_id])
    return f"{page}#comment-{comment.pk}"


def assessment_path(assessment: Assessment) -> str:
    return reverse("workspace:assessment", args=[assessment.pk])


def absolute(path: str) -> str:
    """A link for mail, which is read away from the site: the site's address before the path."""
    return settings.MGI_SITE_URL.rstrip("/") + path
