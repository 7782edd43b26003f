"""Open comment threads, read in one query for any number of assessments."""

from django.db.models import Q

from mgi.assessments.models import Assessment, Comment
from mgi.workspace.links import comment_path


def open_threads_of(assessment_ids: list[int]) -> list[list[Comment]]:
    """Each open thread as its comments, oldest first; threads in the order they were opened."""
    comments = (
        Comment.objects.filter(assessment_id__in=assessment_ids)
        .filter(
            Q(parent__isnull=True, resolved_at__isnull=True)
            | Q(parent__isnull=False, parent__resolved_at__isnull=True)
        )
        .select_related("author", "answer__indicator")
        .order_by("created_at", "id")
    )
    threads: dict[int, list[Comment]] = {}
    for comment in comments:
        threads.setdefault(comment.parent_id or comment.pk, []).append(comment)
    return list(threads.values())


def open_thread_list(assessment: Assessment) -> list[dict]:
    """The assessment's open threads, the most recently active first, each with its link."""
    rows = [
        {
            "first": thread[0],
            "last": thread[-1],
            "replies": len(thread) - 1,
            "url": comment_path(thread[0]),
            "code": thread[0].answer.indicator.code if thread[0].answer_id else None,
        }
        for thread in open_threads_of([assessment.pk])
    ]
    return sorted(rows, key=lambda row: (row["last"].created_at, row["last"].pk), reverse=True)
