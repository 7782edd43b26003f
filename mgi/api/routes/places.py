"""Places with something to read: published data, or a draft the caller works on."""

from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema

from mgi.api.paging import paginate
from mgi.api.payloads import place_out
from mgi.api.responses import documented
from mgi.api.schemas import (
    CODE_PATTERN,
    COUNTRY_PATTERN,
    Paging,
    PlaceKind,
    PlaceOut,
    PlacePage,
)
from mgi.api.scope import in_country
from mgi.assessments.models import Assessment
from mgi.places.models import Place
from mgi.results.models import PublishedSdgCategory

router = Router(tags=["places"])


class PlaceListFilters(Schema):
    place_kind: PlaceKind | None = Field(None, description="Kind of place.")
    kind: PlaceKind | None = Field(None, description="Kind of place (the same as place_kind).")
    parent: str | None = Field(None, pattern=CODE_PATTERN, description="Country of a city.")
    country: str | None = Field(
        None,
        pattern=COUNTRY_PATTERN,
        description="ISO 3166 alpha-3 code, e.g. CRI: the country and its local places.",
    )


def visible_places(user):
    # A place made only for a draft must not show to the public: its existence is draft data.
    readable = Assessment.objects.readable_by(user).filter(place=OuterRef("pk"))
    categories = PublishedSdgCategory.objects.filter(place=OuterRef("pk"))
    return Place.objects.filter(Q(Exists(readable)) | Q(Exists(categories)))


@router.get("/places", response=documented(PlacePage))
def list_places(request, filters: Query[PlaceListFilters], paging: Query[Paging]):
    """Countries and local jurisdictions with published data, by code."""
    places = visible_places(request.auth).select_related("parent").order_by("code", "pk")
    for kind in {filters.place_kind, filters.kind} - {None}:
        places = places.filter(kind=kind)
    if filters.country:
        places = places.filter(in_country(filters.country))
    if filters.parent:
        places = places.filter(parent__code=filters.parent.upper())
    return paginate(request, places, paging, place_out)


@router.get("/places/{code}", response=documented(PlaceOut))
def get_place(request, code: str = Path(..., pattern=CODE_PATTERN, description="e.g. PER")):
    """One place."""
    place = visible_places(request.auth).select_related("parent").filter(code=code.upper()).first()
    if place is None:
        raise Http404(_("No place with published data has this code."))
    return place_out(place)
