"""Feed the pure calculators from the database: domain summaries and derived SDG 10.7.2.

Works in bulk so that a page showing one assessment or four costs the same one query, and
published categories one more.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import FilteredRelation, Q

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Indicator
from mgi.lib.shared_reads import shared_read
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import DOMAIN_CODES, OVERALL_CODE, possible_overall_categories
from mgi.results.sdg1072_derivation import CrosswalkedAnswer, Derivation, derive_sdg1072
from mgi.results.summaries import DomainSummary, IndicatorAnswer, summarise_domains

DOMAIN_SET = set(DOMAIN_CODES.values())


def is_usable_set(codes) -> bool:
    """A year's categories as an import loads them: the overall, all six domains, or both."""
    return OVERALL_CODE in codes or set(codes) >= DOMAIN_SET


@dataclass(frozen=True)
class AssessmentResults:
    summaries: tuple[DomainSummary, ...]  # one per domain of the framework, in order
    derivation: Derivation

    @property
    def answered(self) -> int:
        """Indicators with any option chosen; 0 for a profile published as text only."""
        return sum(summary.answered for summary in self.summaries)

    def summary_of(self, domain: int) -> DomainSummary | None:
        return next((s for s in self.summaries if s.domain == domain), None)


@dataclass(frozen=True)
class PublishedCategories:
    """A place's published categories for one year: the round's year or the nearest before it."""

    year: int
    categories: dict[str, int]  # PD_1..PD_6 and/or _T -> category
    sources: tuple[str, ...]

    @property
    def possible_overall(self) -> tuple[int, ...]:
        """Without a published overall, the overall categories the six domains allow."""
        if OVERALL_CODE in self.categories or not set(self.categories) >= DOMAIN_SET:
            return ()
        domains = [self.categories[code] for code in DOMAIN_CODES.values()]
        return tuple(sorted(possible_overall_categories(domains)))


@shared_read(key=lambda assessments: tuple(a.pk for a in assessments))
def load_results(assessments: Sequence[Assessment]) -> dict[int, AssessmentResults]:
    """Assessment id -> its results. Every indicator of the framework counts: one without an
    answer row (a profile imported as text) is unanswered."""
    if not assessments:
        return {}
    ids = [a.pk for a in assessments]
    # One query: each indicator of the frameworks concerned, joined to its answers in these
    # assessments (a row per answer, or one row with no answer where there is none).
    rows = (
        Indicator.objects.filter(framework_id__in={a.framework_id for a in assessments})
        .annotate(given=FilteredRelation("answers", condition=Q(answers__assessment_id__in=ids)))
        .order_by("order", "id")
        .values(
            "id",
            "framework_id",
            "code",
            "crosswalk",
            "area__domain__number",
            "given__assessment_id",
            "given__option__code",
            "given__option__value",
        )
    )
    indicators: dict[int, dict] = {}
    answers: dict[tuple[int, int], tuple] = {}
    for row in rows:
        indicators.setdefault(row["id"], row)
        if row["given__assessment_id"] is not None:
            answers[(row["given__assessment_id"], row["id"])] = (
                row["given__option__code"],
                row["given__option__value"],
            )
    results = {}
    for assessment in assessments:
        rows_of_assessment = [
            (indicator, *answers.get((assessment.pk, indicator["id"]), (None, None)))
            for indicator in indicators.values()
            if indicator["framework_id"] == assessment.framework_id
        ]
        results[assessment.pk] = _results_of(rows_of_assessment)
    return results


def _results_of(rows: list[tuple[dict, str | None, object]]) -> AssessmentResults:
    summaries = summarise_domains(
        IndicatorAnswer(indicator["area__domain__number"], option, value)
        for indicator, option, value in rows
    )
    derivation = derive_sdg1072(
        CrosswalkedAnswer(indicator["code"], tuple(indicator["crosswalk"] or ()), option, value)
        for indicator, option, value in rows
    )
    return AssessmentResults(tuple(summaries), derivation)


@shared_read(key=lambda place_years: tuple(place_years))
def load_published_categories(
    place_years: Sequence[tuple[int, int]],
) -> dict[tuple[int, int], PublishedCategories]:
    """(place id, round year) -> the published categories of that year or the nearest earlier
    year with a usable set (the overall, the six domains, or both); pairs with none are left
    out. One query."""
    wanted = list(place_years)
    if not wanted:
        return {}
    rows = PublishedSdgCategory.objects.filter(
        place_id__in={place for place, _ in wanted}, year__lte=max(year for _, year in wanted)
    ).values_list("place_id", "year", "domain", "category", "source")
    by_place_year: dict[tuple[int, int], dict] = {}
    for place, year, domain, category_code, source in rows:
        entry = by_place_year.setdefault((place, year), {"categories": {}, "sources": set()})
        entry["categories"][domain] = category_code
        if source:
            entry["sources"].add(source)
    found = {}
    for place, round_year in wanted:
        # Imports load the overall, the six domains or both, but a set edited by hand in the
        # admin may hold a few domains only: such a year is skipped rather than shown half.
        years = [
            year
            for (p, year), entry in by_place_year.items()
            if p == place and year <= round_year and is_usable_set(entry["categories"])
        ]
        if years:
            entry = by_place_year[(place, max(years))]
            found[(place, round_year)] = PublishedCategories(
                max(years), entry["categories"], tuple(sorted(entry["sources"]))
            )
    return found
