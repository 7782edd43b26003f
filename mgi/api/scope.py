"""The assessments a list of answers or findings covers, from the caller and the filters."""

from django.db.models import Q, QuerySet

from mgi.api.schemas import ContentFilters, PlaceFilters
from mgi.assessments.models import Assessment


def in_country(country: str, prefix: str = "") -> Q:
    """The country itself and its local places ("CRI": Costa Rica, Coto Brus, La Cruz...)."""
    code = country.upper()
    return Q(**{f"{prefix}code": code}) | Q(**{f"{prefix}parent__code": code})


def assessments_in_scope(user, filters: ContentFilters) -> QuerySet:
    """One named assessment (any revision the caller may read), else the current ones."""
    if filters.assessment is not None:
        assessments = Assessment.objects.readable_by(user).filter(pk=filters.assessment)
    else:
        assessments = Assessment.objects.current_for(user)
    return narrowed_assessments(assessments, filters)


def narrowed_assessments(assessments: QuerySet, filters: PlaceFilters) -> QuerySet:
    """Assessments of the place, kind of place, round and framework the filters name."""
    if filters.place:
        assessments = assessments.filter(place__code=filters.place.upper())
    if filters.place_kind:
        assessments = assessments.filter(place__kind=filters.place_kind)
    if filters.country:
        assessments = assessments.filter(in_country(filters.country, "place__"))
    if filters.round is not None:
        assessments = assessments.filter(round_year=filters.round)
    if filters.framework:
        assessments = assessments.filter(framework__code=filters.framework)
    return assessments
