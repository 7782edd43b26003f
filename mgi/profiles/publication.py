"""Steps of an assessment that depend on its profile: approval records the content it approved,
publication is refused while the profile has gaps. The workspace takes every step through here."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mgi.assessments.errors import EditConflict, NotReady
from mgi.assessments.models import Assessment, Transition
from mgi.assessments.permissions import require_view
from mgi.assessments.workflow import is_publication, move_assessment, publish
from mgi.profiles.digest import content_digest
from mgi.profiles.models import Profile
from mgi.profiles.readiness import assess_readiness

Status = Assessment.Status


def take_step(
    assessment: Assessment, target: str, user, note: str = "", *, seen_digest: str = ""
) -> Transition:
    """Move the assessment to `target`, with the checks and records that step needs."""
    if is_publication(target):
        return publish_assessment(assessment, user, note)
    if target == Status.VALIDATED:
        return approve_assessment(assessment, user, note, seen_digest=seen_digest)
    return move_assessment(assessment, target, user, note)


def publish_assessment(assessment: Assessment, user, note: str = "") -> Transition:
    """Publish if nothing is missing; else NotReady naming every gap, and nothing changes."""
    return publish(assessment, user, note, publication_check=_check_and_date_profile)


def _check_and_date_profile(locked: Assessment) -> None:
    readiness = assess_readiness(locked)
    if not readiness.can_publish:
        raise NotReady(
            _("This assessment cannot be published yet: %(gaps)s.")
            % {"gaps": "; ".join(readiness.blocking)},
            gaps=readiness.blocking,
        )
    now = timezone.now()
    profile, _created = Profile.objects.get_or_create(
        assessment=locked, defaults={"date": str(locked.round_year)}
    )
    profile.published_at = now
    # The profile carries the month it was published, as IOM's pages do ("2019 December").
    profile.date = f"{now.year:04d}-{now.month:02d}"
    profile.save(update_fields=["published_at", "date"])


def approve_assessment(
    assessment: Assessment, user, note: str = "", *, seen_digest: str = ""
) -> Transition:
    """The government's approval, recording the digest of the content approved.

    `seen_digest`, when given, is the digest of the content the approver was shown; if the team
    changed anything since, the approval is refused so that nobody approves unseen content.
    """
    require_view(user, assessment)
    with transaction.atomic():
        # Hold the row while the digest is taken, as the move itself will.
        Assessment.objects.select_for_update().get(pk=assessment.pk)
        digest = content_digest(assessment)
        if seen_digest and seen_digest != digest:
            raise EditConflict(
                _(
                    "The team changed the assessment since you opened this page; "
                    "read the checklist again before approving."
                )
            )
        return move_assessment(assessment, Status.VALIDATED, user, note, content_digest=digest)


def latest_approval(assessment: Assessment) -> dict | None:
    """The last approval that recorded its content, and whether the content still matches."""
    approval = (
        Transition.objects.filter(assessment=assessment, to_status=Status.VALIDATED)
        .exclude(content_digest="")
        .select_related("actor")
        .order_by("-at", "-id")
        .first()
    )
    if approval is None:
        return None
    return {
        "transition": approval,
        "revision": approval.revision,
        "digest": approval.content_digest,
        "matches": content_digest(assessment) == approval.content_digest,
    }
