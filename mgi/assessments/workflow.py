"""The four phases of an MGI assessment, and who moves it from one to the next."""

from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from mgi.assessments.audit import log_action
from mgi.assessments.errors import InvalidTransition, NotAllowed
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
]


def available_moves(user, assessment: Assessment) -> list[Move]:
    role = role_of(user, assessment)
    return [m for m in MOVES if m.source == assessment.status and m.role == role]


def move_assessment(assessment: Assessment, target: str, user, note: str = "") -> Transition:
    """Move to `target` if the user's role allows it from the current phase; record who and why."""
    require_view(user, assessment)
    with transaction.atomic():
        # Lock the row: two coordinators pressing "publish" at once must not both succeed.
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        move = next((m for m in MOVES if m.source == locked.status and m.target == target), None)
        if move is None:
            raise InvalidTransition(
                f"An assessment in {locked.get_status_display()} cannot move to {target}."
            )
        role = role_of(user, locked)
        if move.role != role:
            raise NotAllowed(f"Only a {Role(move.role).label.lower()} can do this: {move.label}.")
        if target == Status.PUBLISHED:
            _publish(locked)
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
        )
        log_action(
            "approve" if transition.is_approval else "move",
            locked,
            actor=user,
            assessment=locked,
            before={"status": source},
            after={"status": target, "note": note},
        )
        transaction.on_commit(partial(assessment_moved.send, Transition, transition=transition))
    assessment.status = target
    return transition


def _publish(assessment: Assessment) -> None:
    from django.utils import timezone

    from mgi.profiles.models import Profile

    now = timezone.now()
    profile, _ = Profile.objects.get_or_create(assessment=assessment)
    profile.published_at = now
    # The profile carries the month it was published, as IOM's pages do ("2019 December").
    profile.date = f"{now.year:04d}-{now.month:02d}"
    profile.save(update_fields=["published_at", "date"])
