"""Who hears of a comment or a phase move, and how: a mail now, a digest entry, or nothing.

Connected in WorkspaceConfig.ready to the signals the assessments app sends after each commit.
"""

from django.db.models import Q

from mgi.assessments.models import Comment, Membership, Transition
from mgi.workspace.mail import preference_of, send_event_mail
from mgi.workspace.mentions import mentioned_usernames
from mgi.workspace.models import DigestEntry, MailPreference
from mgi.workspace.steps import acting_role


def on_comment_posted(sender, comment: Comment, **kwargs) -> None:
    notify_comment(comment)


def on_assessment_moved(sender, transition: Transition, **kwargs) -> None:
    notify_phase_change(transition)


def notify_comment(comment: Comment) -> None:
    """Mail those mentioned with @username, and those who wrote earlier in the thread."""
    comment = Comment.objects.select_related(
        "assessment__place", "author", "answer__indicator"
    ).get(pk=comment.pk)
    # Only members hear of it: a mention never shows a draft to someone without a role on it.
    team = {m.user_id: m.user for m in _team(comment.assessment_id)}
    mentioned = mentioned_usernames(comment.text)
    kinds = {
        user_id: "mention"
        for user_id, user in team.items()
        if user.get_username().casefold() in mentioned
    }
    if comment.parent_id:
        earlier = Comment.objects.filter(
            Q(pk=comment.parent_id) | Q(parent_id=comment.parent_id), pk__lt=comment.pk
        ).values_list("author_id", flat=True)
        for user_id in set(earlier):
            if user_id in team:
                kinds.setdefault(user_id, "reply")
    kinds.pop(comment.author_id, None)
    for user_id, kind in kinds.items():
        deliver(team[user_id], kind, comment.assessment, comment=comment)


def notify_phase_change(transition: Transition) -> None:
    """Mail the people whose role the new phase waits for (focal points at government review)."""
    transition = Transition.objects.select_related("assessment__place", "actor").get(
        pk=transition.pk
    )
    role = acting_role(transition.to_status)
    if role is None:
        return
    for membership in _team(transition.assessment_id).filter(role=role):
        if membership.user_id != transition.actor_id:
            deliver(membership.user, "step", transition.assessment, transition=transition)


def deliver(user, kind: str, assessment, comment=None, transition=None) -> None:
    if not (user.is_active and user.email):
        return
    delivery = preference_of(user).delivery
    if delivery == MailPreference.Delivery.OFF:
        return
    if delivery == MailPreference.Delivery.DIGEST:
        DigestEntry.objects.create(
            user=user, kind=kind, assessment=assessment, comment=comment, transition=transition
        )
        return
    send_event_mail(user, kind, assessment, comment=comment, transition=transition)


def _team(assessment_id: int):
    return Membership.objects.filter(assessment_id=assessment_id).select_related(
        "user__mail_preference"
    )
