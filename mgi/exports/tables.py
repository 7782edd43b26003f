"""The open-data tables: what each holds, its columns, keys, and a streaming iterator of rows.

Published data only: answers, sources and findings of the newest published revision of every
round (the one its profile page shows), and the frameworks they answer. Rows come from the
database in chunks, never all at once.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.db.models import FloatField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import override

from mgi.assessments.models import Answer, Assessment, Source
from mgi.frameworks.models import Framework, Indicator, ScaleOption
from mgi.profiles.models import Finding
from mgi.results.models import PublishedSdgCategory

CHUNK = 2000
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # a Table Schema type: string, integer, number, date, datetime
    description: str = ""


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[], Iterator[tuple]]
    count: Callable[[], int]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def per_language(prefix: str, description: str) -> tuple[Field, ...]:
    return tuple(
        Field(f"{prefix}_{code}", "string", format_lazy("{} ({})", description, code))
        for code in LANGUAGES
    )


def in_languages(texts: dict | None) -> tuple:
    """A per-language text as one value per language column."""
    return tuple((texts or {}).get(code, "") for code in LANGUAGES)


def published_ids():
    return Assessment.objects.newest_revisions().values("pk")


FRAMEWORK_KEY = ForeignKey(("framework", "framework_version"), "frameworks", ("code", "version"))
ASSESSMENT_KEY = ForeignKey(("assessment_id",), "assessments", ("assessment_id",))


def framework_rows():
    for framework in Framework.objects.order_by("code", "version").iterator(chunk_size=CHUNK):
        yield (framework.code, framework.version, framework.kind, *in_languages(framework.title))


def indicator_rows():
    indicators = Indicator.objects.select_related("framework", "area__domain", "scale").order_by(
        "framework__code", "framework__version", "order", "pk"
    )
    for indicator in indicators.iterator(chunk_size=CHUNK):
        domain = indicator.area.domain
        yield (
            indicator.framework.code,
            indicator.framework.version,
            indicator.code,
            domain.number,
            domain.slug,
            *in_languages(domain.name),
            indicator.area.number,
            *in_languages(indicator.area.name),
            *in_languages(indicator.question),
            indicator.scale.code,
            ";".join(indicator.crosswalk or []),
        )


def option_rows():
    options = ScaleOption.objects.select_related("scale__framework").order_by(
        "scale__framework__code", "scale__framework__version", "scale__code", "order", "pk"
    )
    for option in options.iterator(chunk_size=CHUNK):
        framework = option.scale.framework
        yield (
            framework.code,
            framework.version,
            option.scale.code,
            option.code,
            *in_languages(option.label),
            option.value,
            option.order,
        )


def assessment_rows():
    assessments = (
        Assessment.objects.newest_revisions()
        .select_related("place__parent", "framework", "profile")
        .order_by("place__code", "round_year", "pk")
    )
    for assessment in assessments.iterator(chunk_size=CHUNK):
        place = assessment.place
        profile = getattr(assessment, "profile", None)
        yield (
            assessment.pk,
            place.code,
            place.name,
            place.kind,
            place.parent.code if place.parent_id else None,
            place.local_kind,
            place.subdivision_code,
            place.latitude,
            place.longitude,
            assessment.round_year,
            assessment.revision,
            profile.date if profile is not None else None,
            assessment.framework.code,
            assessment.framework.version,
            profile.published_at if profile is not None else None,
            profile_path(place, assessment.round_year),
        )


def profile_path(place, round_year: int) -> str:
    # The same file whatever language the download was asked in: the address without a prefix.
    with override(settings.LANGUAGE_CODE):
        return reverse("profile", args=[place.url_code, round_year])


def answer_rows():
    answers = (
        Answer.objects.filter(assessment__in=published_ids())
        # A float, not a Decimal: values are 0 to 1 in steps of .05 at most, which a float
        # writes back exactly as entered (0.05), and every format takes floats as they are.
        .annotate(value=Cast("option__value", FloatField()))
        .order_by("assessment_id", "indicator__order", "pk")
        .values_list(
            "pk",
            "assessment_id",
            "assessment__place__code",
            "assessment__round_year",
            "assessment__framework__code",
            "assessment__framework__version",
            "indicator__code",
            "option__code",
            "value",
            "justification",
        )
    )
    return answers.iterator(chunk_size=CHUNK)


def source_rows():
    sources = (
        Source.objects.filter(assessment__in=published_ids())
        .order_by("assessment_id", "pk")
        .values_list("pk", "assessment_id", "title", "kind", "citation", "url", "date")
    )
    return sources.iterator(chunk_size=CHUNK)


def answer_source_rows():
    links = (
        Answer.sources.through.objects.filter(answer__assessment__in=published_ids())
        .order_by("answer_id", "source_id")
        .values_list("answer_id", "source_id")
    )
    return links.iterator(chunk_size=CHUNK)


def batches(rows: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(rows, size)):
        yield batch


def finding_rows():
    findings = (
        Finding.objects.filter(assessment__in=published_ids())
        .order_by("assessment_id", "domain__number", "kind", "order", "pk")
        .values_list(
            "pk",
            "assessment_id",
            "assessment__place__code",
            "assessment__round_year",
            "domain__number",
            "domain__slug",
            "kind",
            "order",
            "text",
        )
    )
    links = Finding.indicators.through.objects.order_by("indicator__order")
    for batch in batches(findings.iterator(chunk_size=CHUNK), CHUNK):
        codes: dict[int, list[str]] = {}
        for finding_id, code in links.filter(finding_id__in=[row[0] for row in batch]).values_list(
            "finding_id", "indicator__code"
        ):
            codes.setdefault(finding_id, []).append(code)
        for *columns, text in batch:
            yield (*columns, *in_languages(text), ";".join(codes.get(columns[0], [])))


def sdg_rows():
    categories = PublishedSdgCategory.objects.select_related("place").order_by(
        "place__code", "year", "domain", "pk"
    )
    for category in categories.iterator(chunk_size=CHUNK):
        yield (
            category.place.code,
            category.place.name,
            category.year,
            category.domain,
            category.category,
            category.source,
        )


def count_of(queryset_factory) -> Callable[[], int]:
    return lambda: queryset_factory().count()
