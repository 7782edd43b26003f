"""The public SDG 10.7.2 page: every country's published category on a world map and in a table."""

import unicodedata

from django.urls import reverse
from django.utils.translation import gettext as _

from mgi.assessments.models import Assessment
from mgi.lib.licence import OPEN_DATA_LICENCE
from mgi.places.m49 import un_states
from mgi.places.names import place_name
from mgi.places.services import find_country
from mgi.places.world_map import MapMark, draw_world_map
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import CATEGORIES, CATEGORY_LABELS
from mgi.results.sdg1072_published import (
    PlaceYearCategories,
    published_by_place,
    published_years,
)


def build_sdg_overview(year_text: str | None, language: str) -> dict:
    """The page for one year (the newest unless `year_text` names another published one).

    The table sets the year beside the one before it (or, for the first year, the one after),
    with the change between them; the map shows the chosen year alone.
    """
    years = published_years()
    year = _chosen_year(year_text, years)
    other = max((y for y in years if year and y < year), default=None) or min(
        (y for y in years if year and y > year), default=None
    )
    first, second = sorted((year, other)) if other else (None, year)
    by_place = published_by_place([y for y in (first, second) if y is not None])
    profiles = _profile_urls()
    domain_names = dict(PublishedSdgCategory.Domain.choices)
    rows = []
    for code, by_year in by_place.items():
        entry = by_year.get(year) or next(iter(by_year.values()))
        name = place_name({"code": code, "name": entry.place_name, "kind": "country"}, language)
        chosen = by_year.get(year)
        rows.append(
            {
                "code": code,
                "name": name,
                "url": profiles.get(code),
                "chosen": _category_cell(chosen),
                "first": _category_cell(by_year.get(first)),
                "second": _category_cell(by_year.get(second)),
                "change": _change(by_year.get(first), by_year.get(second)),
                "domains": [
                    {"code": c, "name": str(domain_names[c]), "category": n}
                    for c, n in (chosen.domains if chosen else [])
                ],
            }
        )
    rows.sort(key=lambda row: _sort_key(row["name"]))
    shown = [row for row in rows if row["chosen"]]
    return {
        "world_map": draw_world_map(countries=_map_marks(rows, year, profiles, language))
        if year
        else None,
        "years": [{"year": y, "current": y == year} for y in years],
        "year": year,
        "first_year": first,
        "second_year": second,
        "rows": rows,
        "shown": shown,
        # Most years publish overall categories alone: no empty column then.
        "has_domains": any(row["domains"] for row in rows),
        "legend": _legend(shown),
        "licence": OPEN_DATA_LICENCE,
        "sources": sorted(
            {s for entries in by_place.values() if year in entries for s in entries[year].sources}
        ),
    }


def _map_marks(rows: list[dict], year: int, profiles: dict, language: str) -> list[MapMark]:
    """Every UN member and observer state, shaded by its category of the year or marked as
    not published, in the order of the names (the keyboard order of those that link)."""
    by_code = {row["code"]: row for row in rows}
    marks = []
    for code in un_states():
        row = by_code.get(code)
        name = row["name"] if row else _country_name(code, language)
        cell = row["chosen"] if row else None
        if cell is None:
            label = _("%(country)s: nothing published for %(year)s") % {
                "country": name,
                "year": year,
            }
        elif cell["category"] is None:
            label = f"{name}: {cell['label']} ({year})"
        else:
            label = f"{name}: {cell['category']} · {cell['label']} ({year})"
        marks.append(MapMark(code, label, profiles.get(code), _map_class(cell)))
    return sorted(marks, key=lambda mark: _sort_key(mark.label))


def _country_name(code: str, language: str) -> str:
    english = find_country(code).name
    return place_name({"code": code, "name": english, "kind": "country"}, language)


def _map_class(cell: dict | None) -> str:
    if cell is None:
        return "sdg-none"
    if cell["category"] is None:
        return "sdg-range"
    return f"sdg-cat-{cell['category']}"


def _chosen_year(text: str | None, years: list[int]) -> int | None:
    if text and text.isascii() and text.isdigit() and int(text) in years:
        return int(text)
    return years[-1] if years else None


def _category_cell(entry: PlaceYearCategories | None) -> dict | None:
    """The published overall, or the range the published domains allow, for one year."""
    if entry is None:
        return None
    possible = entry.possible_overall
    if not possible:
        return None
    labels = [_(CATEGORY_LABELS[code]) for code in possible]
    if entry.overall is not None:
        return {"category": entry.overall, "label": labels[0], "possible": []}
    return {
        "category": None,
        "label": _("overall not published; the domains allow %(categories)s")
        % {"categories": _(" or ").join(labels)},
        "possible": list(possible),
    }


def _change(before: PlaceYearCategories | None, current: PlaceYearCategories | None) -> dict:
    if before is None or current is None or before.overall is None or current.overall is None:
        return {"direction": "none", "label": "—"}
    step = current.overall - before.overall
    if step > 0:
        return {"direction": "up", "label": _("Up from %(n)s") % {"n": before.overall}}
    if step < 0:
        return {"direction": "down", "label": _("Down from %(n)s") % {"n": before.overall}}
    return {"direction": "same", "label": _("Same")}


def _legend(rows: list[dict]) -> list[dict]:
    counts = {code: 0 for code in CATEGORIES}
    ranges = 0
    for row in rows:
        if row["chosen"]["category"] is None:
            ranges += 1
        else:
            counts[row["chosen"]["category"]] += 1
    legend = [
        {"css": f"sdg-cat-{code}", "code": code, "label": _(CATEGORY_LABELS[code]), "count": n}
        for code, n in counts.items()
    ]
    if ranges:
        legend.append({"css": "sdg-range", "code": "", "label": _("Domains only"), "count": ranges})
    return legend


def _profile_urls() -> dict[str, str]:
    """Country code -> its newest published profile page."""
    newest: dict[str, tuple[int, str]] = {}
    for code, url_code, round_year in (
        Assessment.objects.newest_revisions()
        .filter(place__kind="country")
        .values_list("place__code", "place__code", "round_year")
    ):
        if round_year > newest.get(code, (0, ""))[0]:
            newest[code] = (round_year, url_code.lower())
    return {
        code: reverse("profile", args=[url_code, round_year])
        for code, (round_year, url_code) in newest.items()
    }


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
