"""Which assessments a reader may see: published ones, and drafts only for their own team.

The API, the bulk downloads and search all start from these querysets, so that unpublished data
has one gate to pass and no other way out.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet

from mgi.assessments.models import Assessment, Membership

PUBLISHED = Assessment.Status.PUBLISHED


def newest_published() -> QuerySet:
    """The newest published revision of every round: the data a profile page shows today."""
    newer = Assessment.objects.filter(
        place=OuterRef("place"),
        round_year=OuterRef("round_year"),
        status=PUBLISHED,
        revision__gt=OuterRef("revision"),
    )
    return Assessment.objects.filter(status=PUBLISHED).exclude(Exists(newer))


def _has_role(user) -> Exists | None:
    if user is None or not user.is_authenticated:
        return None
    return Exists(Membership.objects.filter(assessment=OuterRef("pk"), user=user))


def readable_assessments(user) -> QuerySet:
    """Every published revision (older ones stay readable), and whatever the user has a role on."""
    role = _has_role(user)
    condition = Q(status=PUBLISHED) if role is None else Q(status=PUBLISHED) | Q(role)
    return Assessment.objects.filter(condition)


def current_assessments(user) -> QuerySet:
    """The newest published revisions, and the user's own assessments in any phase."""
    role = _has_role(user)
    current = Q(pk__in=newest_published().values("pk"))
    return Assessment.objects.filter(current if role is None else current | Q(role))
