"""Every country's published SDG 10.7.2 categories for a year, as the public overview shows them."""

from dataclasses import dataclass, field
from pathlib import Path

from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import DOMAIN_CODES, OVERALL_CODE, possible_overall_categories

# The UN's published overall categories (series SG_CPA_MIGRS), shipped with the platform; its
# provenance is in data/README.md beside it.
PUBLISHED_OVERALL_FILE = Path(__file__).parent / "data" / "sdg-10-7-2-overall.csv"


@dataclass
class PlaceYearCategories:
    place_code: str
    place_name: str
    year: int
    categories: dict[str, int] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)

    @property
    def overall(self) -> int | None:
        return self.categories.get(OVERALL_CODE)

    @property
    def domains(self) -> list[tuple[str, int]]:
        """The published domain categories, PD_1..PD_6 in order (none, or all six)."""
        return [(code, self.categories[code]) for code in DOMAIN_CODES.values() if code in self]

    @property
    def possible_overall(self) -> tuple[int, ...]:
        """The published overall, or without one the overall categories the domains allow."""
        if self.overall is not None:
            return (self.overall,)
        if len(self.domains) == len(DOMAIN_CODES):
            return tuple(sorted(possible_overall_categories([c for _, c in self.domains])))
        return ()

    def __contains__(self, code: str) -> bool:
        return code in self.categories


def published_years() -> list[int]:
    return sorted(set(PublishedSdgCategory.objects.values_list("year", flat=True)))


def published_by_place(years: list[int]) -> dict[str, dict[int, PlaceYearCategories]]:
    """Place code -> year -> its published categories, for the years asked; one query."""
    rows = PublishedSdgCategory.objects.filter(year__in=years).values_list(
        "place__code", "place__name", "year", "domain", "category", "source"
    )
    found: dict[str, dict[int, PlaceYearCategories]] = {}
    for code, name, year, domain, category, source in rows:
        entry = found.setdefault(code, {}).setdefault(year, PlaceYearCategories(code, name, year))
        entry.categories[domain] = category
        if source:
            entry.sources.add(source)
    return found
