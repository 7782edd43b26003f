"""Review comments: threads on answers and findings, opened by any member, resolved by editors."""

from functools import partial

from django.db import transaction
from django.utils import timezone

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError
from mgi.assessments.models import Answer, Assessment, Comment
from mgi.assessments.permissions import require_comment, require_resolve
from mgi.assessments.signals import comment_posted

MAX_COMMENT_LENGTH = 10_000


def add_comment(
    assessment: Assessment, user, text: str, *, answer=None, finding=None, parent=None
) -> Comment:
    require_comment(user, assessment)
    text = text.strip()
    if not text:
        raise AssessmentError("A comment cannot be empty.")
    if len(text) > MAX_COMMENT_LENGTH:
        raise AssessmentError(f"A comment is at most {MAX_COMMENT_LENGTH} characters.")
    if parent is not None:
        if parent.assessment_id != assessment.pk:
            raise AssessmentError("That thread belongs to another assessment.")
        # Replies hang from the thread's first comment, so a thread is one level deep.
        parent = parent.parent or parent
        answer, finding = parent.answer, parent.finding
    for target in (answer, finding):
        if target is not None and target.assessment_id != assessment.pk:
            raise AssessmentError("That answer or finding belongs to another assessment.")
    if (answer is None) == (finding is None):
        raise AssessmentError("A comment is about one answer or one finding.")
    with transaction.atomic():
        comment = Comment.objects.create(
            assessment=assessment,
            answer=answer,
            finding=finding,
            parent=parent,
            author=user,
            text=text,
        )
        log_action("comment", comment, actor=user, assessment=assessment, after={"text": text})
        transaction.on_commit(partial(comment_posted.send, sender=Comment, comment=comment))
    return comment


def resolve_thread(comment: Comment, user, resolved: bool = True) -> Comment:
    assessment = comment.assessment
    require_resolve(user, assessment)
    thread = comment.parent or comment
    with transaction.atomic():
        before = {"resolved": thread.resolved_at is not None}
        thread.resolved_at = timezone.now() if resolved else None
        thread.resolved_by = user if resolved else None
        thread.save(update_fields=["resolved_at", "resolved_by"])
        log_action(
            "resolve_comment" if resolved else "reopen_comment",
            thread,
            actor=user,
            assessment=assessment,
            before=before,
            after={"resolved": resolved},
        )
    return thread


def open_threads(assessment: Assessment):
    return Comment.objects.filter(assessment=assessment, parent=None, resolved_at=None)


def threads_for(assessment: Assessment, *, answer: Answer | None = None, finding=None) -> list:
    """Top-level comments with their replies, oldest first."""
    comments = Comment.objects.filter(assessment=assessment).select_related("author", "resolved_by")
    comments = (
        comments.filter(answer=answer) if answer is not None else comments.filter(finding=finding)
    )
    threads: dict[int, dict] = {}
    for comment in comments.order_by("created_at", "id"):
        if comment.parent_id is None:
            threads[comment.pk] = {"comment": comment, "replies": []}
        elif comment.parent_id in threads:
            threads[comment.parent_id]["replies"].append(comment)
    return list(threads.values())
