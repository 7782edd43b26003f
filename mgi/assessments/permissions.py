"""Who may do what on an assessment: the single place where roles turn into rights."""

from mgi.assessments.errors import Locked, NotAllowed
from mgi.assessments.models import Assessment, Membership, Role

Status = Assessment.Status
# Answers, sources and findings change until the government has approved the profile.
EDITABLE_STATUSES = {
    Status.LAUNCH,
    Status.DATA_COLLECTION,
    Status.GOVERNMENT_REVIEW,
    Status.CONSULTATION,
}
# Focal points speak during the two phases that are theirs.
FOCAL_POINT_COMMENT_STATUSES = {Status.GOVERNMENT_REVIEW, Status.CONSULTATION}
EDITOR_ROLES = {Role.COORDINATOR, Role.RESEARCHER}


def role_of(user, assessment: Assessment) -> str | None:
    """The user's role on the assessment, or None. A cached lookup per request and assessment."""
    if not user or not user.is_authenticated:
        return None
    cache = getattr(user, "_mgi_roles", None)
    if cache is None:
        cache = user._mgi_roles = {}
    if assessment.pk not in cache:
        cache[assessment.pk] = (
            Membership.objects.filter(assessment=assessment, user=user)
            .values_list("role", flat=True)
            .first()
        )
    return cache[assessment.pk]


def can_view(user, assessment: Assessment) -> bool:
    return role_of(user, assessment) is not None


def can_edit(user, assessment: Assessment) -> bool:
    return role_of(user, assessment) in EDITOR_ROLES and assessment.status in EDITABLE_STATUSES


def can_comment(user, assessment: Assessment) -> bool:
    return role_may_comment(role_of(user, assessment), assessment.status)


def role_may_comment(role: str | None, status: str) -> bool:
    """The rule behind `can_comment`, for lists that already know each role."""
    if role == Role.FOCAL_POINT:
        return status in FOCAL_POINT_COMMENT_STATUSES
    return role in EDITOR_ROLES and status != Status.PUBLISHED


def can_resolve(user, assessment: Assessment) -> bool:
    return role_of(user, assessment) in EDITOR_ROLES and assessment.status != Status.PUBLISHED


def can_manage_team(user, assessment: Assessment) -> bool:
    return role_of(user, assessment) == Role.COORDINATOR


def require_view(user, assessment: Assessment) -> None:
    if not can_view(user, assessment):
        raise NotAllowed("You have no role on this assessment.")


def require_edit(user, assessment: Assessment) -> None:
    require_view(user, assessment)
    if role_of(user, assessment) not in EDITOR_ROLES:
        raise NotAllowed("Only the assessment's coordinators and researchers can change it.")
    if assessment.status not in EDITABLE_STATUSES:
        raise Locked(
            "This assessment is validated or published and can no longer change; "
            "a coordinator can start a correction as a new revision."
        )


def require_comment(user, assessment: Assessment) -> None:
    require_view(user, assessment)
    if not can_comment(user, assessment):
        raise NotAllowed("Comments are not open to you in this phase of the assessment.")


def require_resolve(user, assessment: Assessment) -> None:
    require_view(user, assessment)
    if not can_resolve(user, assessment):
        raise NotAllowed("Only coordinators and researchers resolve comments.")


def require_manage_team(user, assessment: Assessment) -> None:
    require_view(user, assessment)
    if not can_manage_team(user, assessment):
        raise NotAllowed("Only the assessment's coordinators manage its team.")


def can_create_assessments(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("assessments.add_assessment"))
