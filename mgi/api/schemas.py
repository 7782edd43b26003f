"""Typed shapes of the API's answers and parameters; the OpenAPI document is made from them."""

from datetime import date, datetime
from typing import Any, Literal

from django.conf import settings
from ninja import Field, Schema

LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
PlaceKind = Literal["country", "local"]
CODE_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"


# Errors -----------------------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: str = Field(..., description="What went wrong, in words.")


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]] = Field(..., description="One entry per invalid parameter.")


# Query parameters -------------------------------------------------------------------------------


class Paging(Schema):
    page: int = Field(1, ge=1, le=100_000, description="Page number, from 1.")
    page_size: int = Field(50, ge=1, le=200, description="Items per page (at most 200).")


class Language(Schema):
    language: LanguageCode = Field(
        "en", description="Language of the texts; English where a translation is missing."
    )


class PlaceFilters(Schema):
    place: str | None = Field(None, pattern=CODE_PATTERN, description="Place code, e.g. PER.")
    place_kind: PlaceKind | None = Field(None, description="Kind of place.")
    country: str | None = Field(
        None,
        pattern=COUNTRY_PATTERN,
        description="ISO 3166 alpha-3 code, e.g. CRI: the country and its local places.",
    )
    round: int | None = Field(None, ge=1900, le=2999, description="Round (year).")
    framework: str | None = Field(None, pattern=CODE_PATTERN, description="Framework code.")


class ContentFilters(PlaceFilters):
    assessment: int | None = Field(
        None, ge=1, description="One assessment (also an earlier published revision)."
    )
    domain: str | None = Field(None, pattern=CODE_PATTERN, description="Domain slug.")


class PageOut(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    next: str | None
    previous: str | None


# Frameworks -------------------------------------------------------------------------------------


class FrameworkSummaryOut(Schema):
    code: str
    version: str
    kind: str
    title: str


class AreaOut(Schema):
    number: int
    name: str


class DomainOut(Schema):
    number: int
    slug: str
    code: str
    name: str
    summary: str
    colour: str
    areas: list[AreaOut]


class FrameworkOut(FrameworkSummaryOut):
    description: str
    provenance: str
    domains: list[DomainOut]


class ScaleOptionOut(Schema):
    code: str
    label: str
    value: float | None
    order: int


class ScaleOut(Schema):
    code: str
    options: list[ScaleOptionOut]


class IndicatorOut(Schema):
    code: str
    order: int
    domain: str
    domain_number: int
    area: int
    question: str
    guidance: str
    scale: str
    crosswalk: list[str]


class IndicatorPage(PageOut):
    items: list[IndicatorOut]


class CrosswalkOut(Schema):
    indicator: str
    corresponds_to: str = Field(..., description="Code in the other framework, e.g. SDG '2a'.")


# Places and assessments -------------------------------------------------------------------------


class PlaceOut(Schema):
    code: str
    name: str
    kind: str
    parent: str | None = Field(..., description="The country of a local place.")
    local_kind: str = Field(
        ..., description="city, municipality, district, province or state; '' for a country."
    )
    subdivision_code: str = Field(..., description="ISO 3166-2 code of a local place, or ''.")
    latitude: float | None = Field(..., description="WGS 84 degrees.")
    longitude: float | None = Field(..., description="WGS 84 degrees.")


class PlacePage(PageOut):
    items: list[PlaceOut]


class FrameworkRefOut(Schema):
    code: str
    version: str


class ProfilePlaceOut(Schema):
    code: str
    name: str
    kind: str


class AssessmentOut(Schema):
    id: int
    place: ProfilePlaceOut
    framework: FrameworkRefOut
    round: int
    revision: int
    status: str
    date: str | None
    published_at: datetime | None
    correction_note: str
    profile_url: str | None = Field(..., description="The public profile page, once published.")


class AssessmentPage(PageOut):
    items: list[AssessmentOut]


# Answers and findings ---------------------------------------------------------------------------


class SourceOut(Schema):
    id: int
    title: str
    kind: str
    citation: str
    url: str
    date: date | None


class OptionOut(Schema):
    code: str
    label: str
    value: float | None


class AnswerOut(Schema):
    id: int
    assessment: int
    place: str
    round: int
    indicator: str
    question: str
    domain: str
    option: OptionOut | None
    justification: str = Field(..., description="Markdown, as written by the researchers.")
    sources: list[SourceOut]


class AnswerPage(PageOut):
    items: list[AnswerOut]


class FindingOut(Schema):
    id: int
    assessment: int
    place: str
    round: int
    domain: str
    domain_number: int
    kind: str
    order: int
    text: str
    language: str = Field(..., description="The language `text` is really in.")
    indicators: list[str]
    url: str | None


class FindingPage(PageOut):
    items: list[FindingOut]


# Profiles (the fixed public shape, see profiles/payload.py) -------------------------------------


class ProfileFindingOut(Schema):
    text: str
    indicators: list[str]


class ProfileDomainOut(Schema):
    number: int
    slug: str
    name: str
    summary: str
    well_developed: list[ProfileFindingOut]
    potential: list[ProfileFindingOut]


class ProfileOut(Schema):
    place: ProfilePlaceOut
    round: int
    date: str
    title: str
    language: str
    introduction: str
    domains: list[ProfileDomainOut]
    status: str


# SDG 10.7.2 and search --------------------------------------------------------------------------


class SdgCategoryOut(Schema):
    place: str
    place_name: str
    year: int
    domain: str = Field(..., description="PD_1 to PD_6, or _T for the overall category.")
    category: int
    label: str
    source: str


class SdgCategoryPage(PageOut):
    items: list[SdgCategoryOut]


class SearchFiltersIn(PlaceFilters, Language):
    q: str = Field(..., min_length=1, max_length=200, description="Words to find.")
    domain: str | None = Field(None, pattern=CODE_PATTERN, description="Domain slug.")
    language: LanguageCode | None = Field(None, description="Only texts in this language.")


class SearchHitOut(Schema):
    kind: str
    assessment: int
    place: ProfilePlaceOut
    round: int
    framework: str
    domain: str | None
    indicator: str | None
    language: str
    snippet: str
    snippet_html: str = Field(..., description="The snippet, escaped, with matches in <mark>.")
    url: str


class SearchPage(PageOut):
    more: bool = Field(
        ...,
        description="More matches than `count` (1,000): those are in index order, not ranked.",
    )
    items: list[SearchHitOut]


class LicenceOut(Schema):
    name: str = Field(..., description="SPDX identifier, e.g. CC-BY-4.0.")
    title: str
    path: str = Field(..., description="Where the licence's text is.")


class ApiIndexOut(Schema):
    name: str
    version: str
    licence: LicenceOut
    docs: str = Field(..., description="The documentation page (HTML).")
    openapi: str = Field(..., description="The OpenAPI document (JSON).")
    lists: dict[str, str] = Field(..., description="Each list of the API, by name.")
