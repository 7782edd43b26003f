"""The four phases of an MGI assessment, and who moves it from one to the next.

Publication is more than a change of phase: the profile must be complete, and that rule lives
with the profile (mgi.profiles.publication), a layer above this one. So a move to "published"
is refused here unless the caller hands in the check that the profile layer provides.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mgi.assessments.audit import log_action
from mgi.assessments.errors import InvalidTransition, NotAllowed, NotReady, ReasonRequired
from mgi.assessments.models import Assessment, Role, Transition
from mgi.assessments.permissions import require_view, role_of
from mgi.assessments.signals import assessment_moved

Status = Assessment.Status


@dataclass(frozen=True)
class Move:
    source: str
    target: str
    role: str
    label: str

    @property
    def backward(self) -> bool:
        """A step back to earlier work; it needs a reason."""
        order = list(Status.values)
        return order.index(self.target) < order.index(self.source)

    @property
    def publishes(self) -> bool:
        return is_publication(self.target)


def is_publication(target: str) -> bool:
    """Whether moving to `target` makes the assessment public."""
    return target == Status.PUBLISHED


MOVES = [
    Move(Status.LAUNCH, Status.DATA_COLLECTION, Role.COORDINATOR, _("Start data collection")),
    Move(
        Status.DATA_COLLECTION,
        Status.GOVERNMENT_REVIEW,
        Role.COORDINATOR,
        _("Send the draft to the government"),
    ),
    Move(
        Status.GOVERNMENT_REVIEW,
        Status.CONSULTATION,
        Role.COORDINATOR,
        _("Open the inter-ministerial consultation"),
    ),
    # The government's approval: only its focal point can give it.
    Move(Status.CONSULTATION, Status.VALIDATED, Role.FOCAL_POINT, _("Approve the final profile")),
    Move(Status.VALIDATED, Status.PUBLISHED, Role.COORDINATOR, _("Publish")),
    # Back to the researchers when review shows more work is needed.
    Move(
        Status.GOVERNMENT_REVIEW,
        Status.DATA_COLLECTION,
        Role.COORDINATOR,
        _("Return to data collection"),
    ),
    Move(
        Status.CONSULTATION,
        Status.DATA_COLLECTION,
        Role.COORDINATOR,
        _("Return to data collection"),
    ),
    # An approved profile found incomplete or wrong before publication goes back too; its
    # approval then no longer matches the content, and a new one is needed.
    Move(
        Status.VALIDATED,
        Status.DATA_COLLECTION,
        Role.COORDINATOR,
        _("Return to data collection"),
    ),
]


def available_moves(user, assessment: Assessment) -> list[Move]:
    role = role_of(user, assessment)
    return [m for m in MOVES if m.source == assessment.status and m.role == role]


def find_move(source: str, target: str) -> Move | None:
    return next((m for m in MOVES if m.source == source and m.target == target), None)


def publish(
    assessment: Assessment, user, note: str = "", *, publication_check: Callable[[Assessment], None]
) -> Transition:
    """The last step: move_assessment to the published phase, refused if the check raises."""
    return move_assessment(
        assessment, Status.PUBLISHED, user, note, publication_check=publication_check
    )


def move_assessment(
    assessment: Assessment,
    target: str,
    user,
    note: str = "",
    *,
    publication_check: Callable[[Assessment], None] | None = None,
    content_digest: str = "",
) -> Transition:
    """Move to `target` if the user's role allows it from the current phase; record who and why.

    A step back needs a note. Publication needs `publication_check`, called with the locked
    assessment inside the transaction; it raises to refuse. `content_digest` is recorded on
    the transition with the assessment's revision (an approval records what it approved).
    """
    require_view(user, assessment)
    note = note.strip()
    with transaction.atomic():
        # Lock the row: two coordinators pressing "publish" at once must not both succeed.
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        move = find_move(locked.status, target)
        if move is None:
            raise InvalidTransition(
                f"An assessment in {locked.get_status_display()} cannot move to {target}."
            )
        role = role_of(user, locked)
        if move.role != role:
            raise NotAllowed(f"Only a {Role(move.role).label.lower()} can do this: {move.label}.")
        if move.backward and not note:
            raise ReasonRequired(
                gettext("Give the reason for the return: the team reads it in the history.")
            )
        if target == Status.PUBLISHED:
            if publication_check is None:
                raise NotReady(
                    gettext(
                        "Publication first checks that the profile is complete; "
                        "publish from the assessment's page."
                    )
                )
            publication_check(locked)
        source = locked.status
        locked.status = target
        locked.save(update_fields=["status", "updated_at"])
        transition = Transition.objects.create(
            assessment=locked,
            from_status=source,
            to_status=target,
            actor=user,
            role=role,
            note=note,
            revision=locked.revision if content_digest else None,
            content_digest=content_digest,
        )
        after = {"status": target, "note": note}
        if content_digest:
            after.update(revision=locked.revision, content_digest=content_digest)
        log_action(
            "approve" if transition.is_approval else "move",
            locked,
            actor=user,
            assessment=locked,
            before={"status": source},
            after=after,
        )
        transaction.on_commit(partial(assessment_moved.send, Transition, transition=transition))
    assessment.status = target
    return transition
