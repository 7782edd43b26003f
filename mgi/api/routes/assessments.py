"""Assessments: published ones for everyone, drafts only for callers with a role on them."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router

from mgi.api.paging import paginate
from mgi.api.payloads import assessment_out, with_superseded
from mgi.api.responses import documented, links_to_the_profile_of
from mgi.api.schemas import (
    AssessmentOut,
    AssessmentPage,
    Language,
    Paging,
    PlaceFilters,
    PlaceKind,
    ProfileOut,
)
from mgi.api.scope import narrowed_assessments
from mgi.assessments.models import Assessment
from mgi.profiles.builder import build_profile_data

router = Router(tags=["assessments"])
AssessmentId = Path(..., ge=1, description="Assessment id.")
Status = Assessment.Status


class AssessmentFilters(PlaceFilters):
    kind: PlaceKind | None = Field(None, description="Kind of place (the same as place_kind).")
    status: Status | None = Field(None, description="Phase; only callers with a role see drafts.")


def readable(user):
    return with_superseded(Assessment.objects.readable_by(user)).select_related(
        "place", "framework", "profile"
    )


def assessment_or_404(user, assessment_id: int) -> Assessment:
    assessment = readable(user).filter(pk=assessment_id).first()
    if assessment is None:
        raise Http404(_("No assessment you may read has this id."))
    return assessment


@router.get("/assessments", response=documented(AssessmentPage))
def list_assessments(
    request, filters: Query[AssessmentFilters], lang: Query[Language], paging: Query[Paging]
):
    """Published assessments, every revision (drafts too for callers with a role on them)."""
    assessments = narrowed_assessments(
        readable(request.auth).order_by("place__code", "round_year", "revision", "pk"), filters
    )
    if filters.status:
        assessments = assessments.filter(status=filters.status)
    if filters.kind:
        assessments = assessments.filter(place__kind=filters.kind)
    return paginate(
        request, assessments, paging, lambda a: assessment_out(request, a, lang.language)
    )


@router.get(
    "/assessments/{assessment_id}",
    response=documented(AssessmentOut),
    openapi_extra=links_to_the_profile_of("$response.body#/place/code", "$response.body#/round"),
)
def get_assessment(request, assessment_id: int = AssessmentId, *, lang: Query[Language]):
    """One assessment."""
    return assessment_out(request, assessment_or_404(request.auth, assessment_id), lang.language)


@router.get(
    "/assessments/{assessment_id}/profile",
    response=documented(ProfileOut),
    openapi_extra=links_to_the_profile_of("$response.body#/place/code", "$response.body#/round"),
)
def get_assessment_profile(request, assessment_id: int = AssessmentId, *, lang: Query[Language]):
    """The assessment's profile, in the same shape as /profiles/{place}/{round}."""
    assessment = assessment_or_404(request.auth, assessment_id)
    if not hasattr(assessment, "profile"):
        raise Http404(_("This assessment has no profile yet."))
    return build_profile_data(assessment, lang.language)
