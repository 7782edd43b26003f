"""`mgi sdg1072 import`: load published SDG 10.7.2 categories; check all, then write all or none.

A place and year may give its overall category alone (most of the UN's published series), its
six domain categories alone (some national platforms), or both; with both, the overall must be
possible given the domains, counting what is already stored for that place and year.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from mgi.assessments.audit import log_action
from mgi.places.services import UnknownPlace, find_country, get_or_create_country
from mgi.results.csv_table import CsvTableError, read_csv_table
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import (
    CATEGORIES,
    CATEGORY_LABELS,
    DOMAIN_CODES,
    OVERALL_CODE,
    format_value,
    possible_overall_categories,
    possible_overall_values,
)

CATEGORY_COLUMNS = ("place", "year", "domain", "category")
OPTIONAL_COLUMNS = ("source",)
ALL_DOMAINS = (*DOMAIN_CODES.values(), OVERALL_CODE)
# The SDGs date from 2015 and the indicator's first data from 2019; a year outside this range is a
# typing slip (a round number, a day of the month), not data.
FIRST_YEAR, LAST_YEAR = 2015, 2100
SOURCE_MAX_LENGTH = PublishedSdgCategory._meta.get_field("source").max_length
VIA = "sdg1072 import"


class CategoryImportError(ValueError):
    """Published categories that cannot be loaded; the message names the line, place and year."""


@dataclass(frozen=True)
class CategoryRow:
    line: int
    place: str  # ISO 3166 alpha-3
    year: int
    domain: str
    category: int
    source: str | None  # None: the file has no source column, so a stored source stays


@dataclass(frozen=True)
class CategoryImportPlan:
    rows: tuple[CategoryRow, ...]

    @property
    def place_years(self) -> list[tuple[str, int]]:
        return sorted({(row.place, row.year) for row in self.rows})


@dataclass(frozen=True)
class CategoryImportOutcome:
    created: int
    updated: int
    unchanged: int


def plan_category_import(raw: bytes) -> CategoryImportPlan:
    """Check the whole file without touching the database; raise on the first problem."""
    try:
        table = read_csv_table(raw, CATEGORY_COLUMNS, OPTIONAL_COLUMNS)
    except CsvTableError as error:
        raise CategoryImportError(str(error)) from None
    rows = []
    seen: dict[tuple[str, int, str], int] = {}
    for raw_row in table:
        row = _category_row(raw_row)
        key = (row.place, row.year, row.domain)
        if key in seen:
            raise CategoryImportError(
                f"line {row.line}: {row.place} {row.year} {row.domain} repeated "
                f"(first on line {seen[key]})"
            )
        seen[key] = row.line
        rows.append(row)
    return plan_category_rows(rows)


def plan_category_rows(rows: list[CategoryRow]) -> CategoryImportPlan:
    """A plan from rows read elsewhere (an open-sdg file), checked as a CSV import is."""
    groups: dict[tuple[str, int], dict[str, CategoryRow]] = {}
    for row in rows:
        groups.setdefault((row.place, row.year), {})[row.domain] = row
    for (place, year), by_domain in groups.items():
        _check_place_year(place, year, by_domain)
    return CategoryImportPlan(tuple(rows))


def import_categories(
    plan: CategoryImportPlan,
    progress: Callable[[CategoryRow], None] | None = None,
    via: str = VIA,
) -> CategoryImportOutcome:
    """Upsert every row in one transaction; rows already as in the plan are left untouched.

    A place and year completed by what is already stored (the overall now, the domains loaded
    before) is checked again as a whole; an impossible one undoes the whole import.
    """
    created = updated = unchanged = 0
    with transaction.atomic():
        places = {code: get_or_create_country(code) for code, _ in plan.place_years}
        # Locking the rows this plan may change keeps two concurrent imports from interleaving
        # their updates of one place and year (PostgreSQL; SQLite serialises writers anyway).
        existing = {
            (item.place.code, item.year, item.domain): item
            for item in PublishedSdgCategory.objects.select_for_update()
            .select_related("place")
            .filter(place__in=places.values(), year__in={row.year for row in plan.rows})
        }
        _check_with_stored(plan, existing)
        for row in plan.rows:
            item = existing.get((row.place, row.year, row.domain))
            if item is None:
                item = PublishedSdgCategory.objects.create(
                    place=places[row.place],
                    year=row.year,
                    domain=row.domain,
                    category=row.category,
                    source=row.source or "",
                )
                log_action("sdg1072_category_create", item, via=via, after=item.to_dict())
                created += 1
            elif (item.category, item.source) != (row.category, _kept_source(row, item)):
                before = item.to_dict()
                item.category, item.source = row.category, _kept_source(row, item)
                item.save(update_fields=["category", "source", "updated_at"])
                log_action(
                    "sdg1072_category_update", item, via=via, before=before, after=item.to_dict()
                )
                updated += 1
            else:
                unchanged += 1
            if progress is not None:
                progress(row)
    return CategoryImportOutcome(created, updated, unchanged)


def _category_row(row) -> CategoryRow:
    line = row.line
    try:
        place = find_country(row["place"]).code
    except UnknownPlace as error:
        raise CategoryImportError(f"line {line}: place: {error}") from None
    year = _whole_number(row["year"])
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise CategoryImportError(
            f"line {line}, place {place}: year must be {FIRST_YEAR} to {LAST_YEAR}, "
            f"not {row['year']!r}"
        )
    domain = row["domain"].upper()
    if domain not in ALL_DOMAINS:
        raise CategoryImportError(
            f"line {line}, {place} {year}: unknown domain {row['domain']!r} "
            f"(expected PD_1 to PD_6, or _T for overall)"
        )
    category = _whole_number(row["category"])
    if category not in CATEGORIES:
        raise CategoryImportError(
            f"line {line}, {place} {year} {domain}: category must be 1, 2, 3 or 4, "
            f"not {row['category']!r}"
        )
    source = row.values.get("source")
    if source is None:
        return CategoryRow(line, place, year, domain, category, None)
    if "\x00" in source:
        # No database text may hold a NUL character (PostgreSQL refuses it outright).
        raise CategoryImportError(
            f"line {line}, {place} {year} {domain}: source holds a NUL character"
        )
    if len(source) > SOURCE_MAX_LENGTH:
        raise CategoryImportError(
            f"line {line}, {place} {year} {domain}: source longer than {SOURCE_MAX_LENGTH} "
            "characters"
        )
    return CategoryRow(line, place, year, domain, category, source)


def _whole_number(text: str) -> int | None:
    # Plain ASCII digits only: int() would also take "٣", "+3" and "3_0".
    return int(text) if text.isascii() and text.isdigit() else None


def _kept_source(row: CategoryRow, item: PublishedSdgCategory) -> str:
    return item.source if row.source is None else row.source


def _check_place_year(place: str, year: int, by_domain: dict[str, CategoryRow]) -> None:
    first_line = min(row.line for row in by_domain.values())
    given = [code for code in DOMAIN_CODES.values() if code in by_domain]
    if given and len(given) < len(DOMAIN_CODES):
        missing = [code for code in DOMAIN_CODES.values() if code not in by_domain]
        raise CategoryImportError(
            f"line {first_line}, {place} {year}: no row for {', '.join(missing)} "
            f"(a place and year gives all six domains PD_1 to PD_6, the overall _T, or both)"
        )
    if given and OVERALL_CODE in by_domain:
        domain_categories = [by_domain[code].category for code in DOMAIN_CODES.values()]
        _check_overall(place, year, domain_categories, by_domain[OVERALL_CODE])


def _check_with_stored(plan: CategoryImportPlan, existing: dict) -> None:
    """Each place and year as it will stand after the import: the file's rows over the stored."""
    by_place_year: dict[tuple[str, int], dict[str, CategoryRow]] = {}
    for row in plan.rows:
        by_place_year.setdefault((row.place, row.year), {})[row.domain] = row
    for (place, year), by_domain in by_place_year.items():
        merged = {
            code: by_domain[code].category
            if code in by_domain
            else getattr(existing.get((place, year, code)), "category", None)
            for code in ALL_DOMAINS
        }
        if None in merged.values():
            continue
        if all(code in by_domain for code in ALL_DOMAINS):
            continue  # checked with the file already
        line_row = by_domain.get(OVERALL_CODE) or min(by_domain.values(), key=lambda r: r.line)
        overall = CategoryRow(line_row.line, place, year, OVERALL_CODE, merged[OVERALL_CODE], "")
        domain_categories = [merged[code] for code in DOMAIN_CODES.values()]
        try:
            _check_overall(place, year, domain_categories, overall)
        except CategoryImportError as error:
            raise CategoryImportError(f"{error} (counting the categories already loaded)") from None


def _check_overall(
    place: str, year: int, domain_categories: list[int], overall: CategoryRow
) -> None:
    possible = sorted(possible_overall_categories(domain_categories))
    if overall.category not in possible:
        values = possible_overall_values(domain_categories)
        raise CategoryImportError(
            f"line {overall.line}, {place} {year}: overall category {overall.category} "
            f"({CATEGORY_LABELS[overall.category]}) is impossible with domain categories "
            f"{', '.join(map(str, domain_categories))} (PD_1 to PD_6), which put the overall "
            f"value between {format_value(min(values))} and {format_value(max(values))}; "
            f"possible overall categories: "
            + ", ".join(f"{code} ({CATEGORY_LABELS[code]})" for code in possible)
        )
