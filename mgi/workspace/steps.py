"""Whose turn it is in each phase: the role that must act next, and what it is asked to do."""

from django.utils.translation import gettext as _

from mgi.assessments.models import Assessment, Role, Transition

Status = Assessment.Status

# The role whose work the phase waits for. Published assessments wait for nobody.
ACTING_ROLE = {
    Status.LAUNCH: Role.COORDINATOR,
    Status.DATA_COLLECTION: Role.RESEARCHER,
    Status.GOVERNMENT_REVIEW: Role.FOCAL_POINT,
    Status.CONSULTATION: Role.FOCAL_POINT,
    Status.VALIDATED: Role.COORDINATOR,
}


def acting_role(status: str) -> str | None:
    return ACTING_ROLE.get(status)


def is_return(transition: Transition | None) -> bool:
    """A move back to data collection: the researchers have work again, for the reason given."""
    return (
        transition is not None
        and transition.to_status == Status.DATA_COLLECTION
        and transition.from_status in (Status.GOVERNMENT_REVIEW, Status.CONSULTATION)
    )


def step_text(assessment: Assessment, transition: Transition | None = None) -> str:
    """What the assessment waits for, said to the person whose role must act (translated)."""
    name = f"{assessment.place.name} {assessment.round_year}"
    status = assessment.status
    if is_return(transition) and transition.to_status == status:
        if transition.note:
            return _("%(assessment)s was returned to data collection: “%(reason)s”") % {
                "assessment": name,
                "reason": transition.note,
            }
        return _("%(assessment)s was returned to data collection") % {"assessment": name}
    texts = {
        Status.LAUNCH: _("%(assessment)s waits for you to start data collection"),
        Status.DATA_COLLECTION: _("%(assessment)s waits for its answers: data collection"),
        Status.GOVERNMENT_REVIEW: _("%(assessment)s waits for the government's review"),
        Status.CONSULTATION: _("%(assessment)s waits for your approval"),
        Status.VALIDATED: _("%(assessment)s is approved and waits for publication"),
    }
    return texts[status] % {"assessment": name}
