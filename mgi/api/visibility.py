"""Which assessments a reader may see: published ones, and drafts only for their own team.

The API, the bulk downloads and search all start from these querysets, so that unpublished data
has one gate to pass and no other way out.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet

from mgi.assessments.models import Assessment, Membership


def newest_published() -> QuerySet:
    """The newest published revision of every round: the data a profile page shows today."""
    return Assessment.objects.newest_revisions()


def readable_assessments(user) -> QuerySet:
    """Every published revision (older ones stay readable), and whatever the user has a role on."""
    return Assessment.objects.readable_by(user)


def current_assessments(user) -> QuerySet:
    """The newest published revisions, and the user's own assessments in any phase."""
    current = Q(pk__in=Assessment.objects.newest_revisions().values("pk"))
    if user is None or not user.is_authenticated:
        return Assessment.objects.filter(current)
    has_role = Exists(Membership.objects.filter(assessment=OuterRef("pk"), user=user))
    return Assessment.objects.filter(current | Q(has_role))
