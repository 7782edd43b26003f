"""A person's inbox: what waits for them across all their assessments, in a fixed number of queries.

A thread (open, on an assessment where the person may comment, last word not theirs) waits for:
- anyone mentioned with @username after their own last comment in it;
- anyone who wrote in it, once someone replies after them;
- whoever wrote or edited the answer or finding it is about, once someone writes after them;
- a coordinator who has not written in it, when a focal point spoke last (the government waits
  for the team); a focal point who has not written in it, when the team spoke last.
Steps wait for the role the phase needs (steps.ACTING_ROLE). Entries go once the person replies,
the thread is resolved or the phase moves on. Grouped by assessment, newest first.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mgi.assessments.models import Assessment, AuditRecord, Comment, Membership, Role, Transition
from mgi.assessments.permissions import EDITOR_ROLES, role_may_comment
from mgi.workspace.links import comment_path
from mgi.workspace.mentions import mentioned_usernames
from mgi.workspace.names import person_name
from mgi.workspace.steps import acting_role, is_return, step_text
from mgi.workspace.threads import open_threads_of

EDITS = {
    "assessments.answer": ("edit_answer",),
    "profiles.finding": ("add_finding", "edit_finding"),
}


KIND_LABELS = {
    "mention": gettext_lazy("Mention"),
    "reply": gettext_lazy("New reply"),
    "your_work": gettext_lazy("Your work"),
    "open": gettext_lazy("Unanswered"),
    "step": gettext_lazy("Your turn"),
    "returned": gettext_lazy("Returned"),
}


@dataclass
class Entry:
    kind: str  # mention, reply, your_work, open, step, returned
    text: str
    url: str
    at: datetime
    comment: Comment | None = None

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass
class Group:
    assessment: object
    role: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def newest(self) -> datetime:
        return max(entry.at for entry in self.entries)


def build_inbox(user, assessment_id: int | None = None) -> list[Group]:
    memberships = list(
        Membership.objects.filter(
            user=user, assessment__in=Assessment.objects.unpublished()
        ).select_related("assessment__place")
    )
    if assessment_id is not None:
        memberships = [m for m in memberships if m.assessment_id == assessment_id]
    if not memberships:
        return []
    groups = {m.assessment_id: Group(m.assessment, m.role) for m in memberships}
    ids = list(groups)
    latest = {
        pk: move
        for pk, move in _latest_transitions(ids).items()
        # Only a move into the present phase says how the assessment got there.
        if move.to_status == groups[pk].assessment.status
    }
    for group in groups.values():
        step = _step_entry(user, group, latest.get(group.assessment.pk))
        if step:
            group.entries.append(step)
    commenting = [pk for pk, g in groups.items() if role_may_comment(g.role, g.assessment.status)]
    if commenting:
        roles = _roles_on(commenting)
        edited = _edited_by(user, commenting)
        for thread in open_threads_of(commenting):
            group = groups[thread[0].assessment_id]
            entry = _thread_entry(user, group.role, thread, roles, edited)
            if entry:
                group.entries.append(entry)
    filled = [g for g in groups.values() if g.entries]
    for group in filled:
        group.entries.sort(key=lambda e: e.at, reverse=True)
    return sorted(filled, key=lambda g: g.newest, reverse=True)


def inbox_count(user) -> int:
    return sum(len(group.entries) for group in build_inbox(user))


def _latest_transitions(ids: list[int]) -> dict[int, Transition]:
    """The move that brought each assessment into its phase (an assessment moves a few times)."""
    latest = {}
    for transition in Transition.objects.filter(assessment_id__in=ids).order_by("at", "id"):
        latest[transition.assessment_id] = transition
    return latest


def _step_entry(user, group: Group, transition: Transition | None) -> Entry | None:
    assessment = group.assessment
    role = acting_role(assessment.status)
    # The coordinator who sent it back knows why; the rest of the team hears the reason.
    returned = (
        is_return(transition) and group.role in EDITOR_ROLES and transition.actor_id != user.pk
    )
    if role != group.role and not returned:
        return None
    return Entry(
        kind="returned" if returned else "step",
        text=step_text(assessment, transition),
        url=reverse("workspace:assessment", args=[assessment.pk]),
        at=transition.at if transition else assessment.created_at,
    )


def _roles_on(ids: list[int]) -> dict[tuple[int, int], str]:
    rows = Membership.objects.filter(assessment_id__in=ids).values_list(
        "assessment_id", "user_id", "role"
    )
    return {(assessment_id, user_id): role for assessment_id, user_id, role in rows}


def _edited_by(user, ids: list[int]) -> set[tuple[str, str]]:
    """(object type, id) of the answers and findings the person wrote or changed."""
    query = Q()
    for object_type, actions in EDITS.items():
        query |= Q(object_type=object_type, action__in=actions)
    rows = (
        AuditRecord.objects.filter(query, actor=user, assessment_id__in=ids)
        .values_list("object_type", "object_id")
        .distinct()
    )
    return set(rows)


def _thread_entry(user, role, thread, roles, edited) -> Entry | None:
    last = thread[-1]
    if last.author_id == user.pk:
        return None
    mine = [i for i, c in enumerate(thread) if c.author_id == user.pk]
    after = thread[mine[-1] + 1 :] if mine else thread
    first = thread[0]
    target = (
        ("assessments.answer", str(first.answer_id))
        if first.answer_id
        else ("profiles.finding", str(first.finding_id))
    )
    username = user.get_username().casefold()
    mention = next((c for c in reversed(after) if username in mentioned_usernames(c.text)), None)
    values = {"who": person_name(last.author) or _("(deleted account)"), "on": _label(first)}
    if mention:
        kind, comment = "mention", mention
        values["who"] = person_name(mention.author) or _("(deleted account)")
        text = _("%(who)s mentioned you on %(on)s")
    elif mine:
        kind, comment, text = "reply", last, _("%(who)s replied after you on %(on)s")
    elif target in edited:
        kind, comment, text = "your_work", last, _("%(who)s commented on %(on)s, which you edited")
    elif _other_side_waits(role, roles.get((last.assessment_id, last.author_id))):
        kind, comment, text = "open", last, _("%(who)s waits for an answer on %(on)s")
    else:
        return None
    # The link lands on the comment to read, not the thread's start.
    return Entry(kind, text % values, comment_path(comment), comment.created_at, comment)


def _other_side_waits(role: str, last_author_role: str | None) -> bool:
    if role == Role.COORDINATOR:
        return last_author_role == Role.FOCAL_POINT
    if role == Role.FOCAL_POINT:
        return last_author_role in EDITOR_ROLES
    return False


def _label(first: Comment) -> str:
    if first.answer_id:
        return _("indicator %(code)s") % {"code": first.answer.indicator.code}
    return _("a key finding")
