"""The draft's government review under way: the focal point's comments, a reply, @mentions.

So that each demo account finds something in its inbox: the researcher a reply and a comment on
an answer she edited, the coordinator a mention, the focal point a question and the review step.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from mgi.assessments.audit import log_action
from mgi.assessments.models import Assessment, Comment, Transition

# (key, indicator code, author, thread key or None, hours ago, text): illustrative, not real facts.
DEMO_COMMENTS = [
    (
        "detention",
        "6.5.1",
        "focal-point",
        None,
        30,
        "The Ministry of the Interior is drafting a protocol on administrative detention of "
        "migrants. Should this answer mention it?",
    ),
    (
        "detention-reply",
        "6.5.1",
        "researcher",
        "detention",
        26,
        "Thank you. A protocol in preparation is not in force yet, so the answer stays "
        "'absent'; I added a sentence about the draft to the justification.",
    ),
    (
        "detention-again",
        "6.5.1",
        "focal-point",
        "detention",
        20,
        "Understood. Could you cite the draft protocol as a source once it is published?",
    ),
    (
        "schools",
        "1.1.2",
        "focal-point",
        None,
        8,
        "@coordinator the Ministry of Education updated its enrolment directive in 2022. "
        "Can the team confirm that this answer still holds?",
    ),
    (
        "statistics",
        "2.5.3",
        "researcher",
        None,
        4,
        "@focal-point could the statistics institute confirm that its 2023 survey publishes "
        "figures by migration status?",
    ),
]
EDITED_BY_RESEARCHER = "1.1.2"


def add_demo_review(draft: Assessment, users: dict) -> None:
    """Send the new draft to the government and write the review so far (once, at creation)."""
    now = timezone.now()
    answers = {a.indicator.code: a for a in draft.answers.select_related("indicator")}
    with transaction.atomic():
        edited = answers[EDITED_BY_RESEARCHER]
        log_action(
            "edit_answer",
            edited,
            actor=users["researcher"],
            via="demo",
            assessment=draft,
            after={"justification": edited.justification},
        )
        move = Transition.objects.create(
            assessment=draft,
            from_status=Assessment.Status.DATA_COLLECTION,
            to_status=Assessment.Status.GOVERNMENT_REVIEW,
            actor=users["coordinator"],
            role="coordinator",
            note="First full draft for the government's review.",
        )
        Transition.objects.filter(pk=move.pk).update(at=now - timedelta(hours=48))
        Assessment.objects.filter(pk=draft.pk).update(status=Assessment.Status.GOVERNMENT_REVIEW)
        log_action(
            "move",
            draft,
            actor=users["coordinator"],
            via="demo",
            assessment=draft,
            before={"status": Assessment.Status.DATA_COLLECTION},
            after={"status": Assessment.Status.GOVERNMENT_REVIEW},
        )
        posted = {}
        for key, code, author, thread, hours_ago, text in DEMO_COMMENTS:
            comment = Comment.objects.create(
                assessment=draft,
                answer=answers[code],
                parent=posted.get(thread),
                author=users[author],
                text=text,
            )
            Comment.objects.filter(pk=comment.pk).update(
                created_at=now - timedelta(hours=hours_ago)
            )
            log_action(
                "comment",
                comment,
                actor=users[author],
                via="demo",
                assessment=draft,
                after={"text": text},
            )
            posted[key] = comment
    draft.refresh_from_db()
