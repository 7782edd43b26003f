"""SDG indicator 10.7.2: published categories per place, year and domain."""

from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema

from mgi.api.paging import paginate
from mgi.api.responses import documented
from mgi.api.schemas import CODE_PATTERN, Language, Paging, PlaceKind, SdgCategoryPage
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import CATEGORY_LABELS

router = Router(tags=["sdg-10-7-2"])


class SdgFilters(Schema):
    place: str | None = Field(None, pattern=CODE_PATTERN, description="Place code, e.g. PER.")
    place_kind: PlaceKind | None = Field(None, description="Kind of place.")
    round: int | None = Field(None, ge=1900, le=2999, description="Year.")
    domain: str | None = Field(None, pattern=r"^(PD_[1-6]|_T)$", description="PD_1..PD_6, _T.")


def category_out(category: PublishedSdgCategory, language: str) -> dict:
    with translation.override(language):
        label = gettext(CATEGORY_LABELS[category.category])
    return {
        "place": category.place.code,
        "place_name": category.place.name,
        "year": category.year,
        "domain": category.domain,
        "category": category.category,
        "label": label,
        "source": category.source,
    }


@router.get("/sdg-10-7-2", response=documented(SdgCategoryPage))
def list_sdg_categories(
    request, filters: Query[SdgFilters], lang: Query[Language], paging: Query[Paging]
):
    """Published SDG 10.7.2 categories (UN series SG_CPA_MIGRS), by place, year and domain."""
    categories = PublishedSdgCategory.objects.select_related("place").order_by(
        "place__code", "year", "domain", "pk"
    )
    if filters.place:
        categories = categories.filter(place__code=filters.place.upper())
    if filters.place_kind:
        categories = categories.filter(place__kind=filters.place_kind)
    if filters.round is not None:
        categories = categories.filter(year=filters.round)
    if filters.domain:
        categories = categories.filter(domain=filters.domain)
    return paginate(request, categories, paging, lambda c: category_out(c, lang.language))
