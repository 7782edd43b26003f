"""What waits for each person: the work their role asks of them on each of their assessments."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mgi.assessments.models import Assessment, Membership, Role
from mgi.assessments.permissions import EDITABLE_STATUSES, FOCAL_POINT_COMMENT_STATUSES

Status = Assessment.Status


def memberships_of(user):
    return (
        Membership.objects.filter(user=user)
        .select_related("assessment__place", "assessment__framework")
        .annotate(
            unanswered=Count(
                "assessment__answers",
                filter=Q(assessment__answers__option__isnull=True),
                distinct=True,
            ),
            open_threads=Count(
                "assessment__comments",
                filter=Q(
                    assessment__comments__parent__isnull=True,
                    assessment__comments__resolved_at__isnull=True,
                ),
                distinct=True,
            ),
        )
        .order_by("assessment__place__name", "-assessment__round_year")
    )


def waiting_items(user) -> list[dict]:
    items = []
    for membership in memberships_of(user):
        assessment, role = membership.assessment, membership.role
        work = _work_for(role, assessment, membership.unanswered, membership.open_threads)
        for text, page in work:
            url = reverse(f"workspace:{page}", args=[assessment.pk])
            items.append({"assessment": assessment, "role": role, "text": text, "url": url})
    return items


def _work_for(role: str, assessment: Assessment, unanswered: int, open_threads: int) -> list:
    """(what to do, the workspace page where it is done) for one person on one assessment."""
    status = assessment.status
    work = []
    if role in (Role.RESEARCHER, Role.COORDINATOR) and status in EDITABLE_STATUSES:
        if unanswered:
            text = _("%(count)d indicators are not answered yet") % {"count": unanswered}
            work.append((text, "questionnaire"))
        if open_threads:
            text = ngettext(
                "%(count)d comment thread is open",
                "%(count)d comment threads are open",
                open_threads,
            )
            work.append((text % {"count": open_threads}, "open-threads"))
    if role == Role.COORDINATOR:
        if status == Status.LAUNCH:
            work.append((_("Start data collection when the team is in place"), "assessment"))
        elif status == Status.DATA_COLLECTION and not unanswered:
            work.append(
                (_("Every indicator is answered: send the draft to the government"), "assessment")
            )
        elif status == Status.VALIDATED:
            work.append((_("The government approved the profile: publish it"), "assessment"))
    if role == Role.FOCAL_POINT and status in FOCAL_POINT_COMMENT_STATUSES:
        work.append((_("Review the draft and comment"), "questionnaire"))
        if status == Status.CONSULTATION:
            text = _("Approve the final profile when the consultation is over")
            work.append((text, "assessment"))
    return work
