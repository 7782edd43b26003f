"""The UN M49 region (Africa, Americas, Asia, Europe, Oceania) of each country.

The mapping ISO alpha-3 -> M49 region code ships in data/m49-regions.csv; region names come from
the Unicode CLDR through Babel, so they read right in every language the platform offers.
"""

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

REGIONS_FILE = Path(__file__).parent / "data" / "m49-regions.csv"
# M49 lists regions in this order; pages follow it rather than the alphabet of each language.
REGION_ORDER = ("002", "019", "142", "150", "009")
NO_REGION = ""


@dataclass(frozen=True)
class Region:
    code: str  # M49 numeric code as text ("019"), "" for a place outside every region
    name: str


@lru_cache(maxsize=1)
def _regions_by_country() -> dict[str, str]:
    with REGIONS_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["alpha_3"]: row["m49_region"] for row in csv.DictReader(handle)}


def region_code(country_code: str) -> str:
    """ "PER" -> "019"; a local place's code ("PER-LIMA") counts as its country's."""
    return _regions_by_country().get(country_code.split("-")[0].upper(), NO_REGION)


@lru_cache(maxsize=16)
def territory_names(language: str) -> dict:
    try:
        return Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return Locale("en").territories


def region_name(code: str, language: str) -> str:
    if code == NO_REGION:
        return ""
    return territory_names(language).get(code) or territory_names("en").get(code, code)


def region_of(country_code: str, language: str) -> Region:
    code = region_code(country_code)
    return Region(code=code, name=region_name(code, language))


def region_sort_key(code: str) -> int:
    """Position of a region in M49 order; places outside every region come last."""
    return REGION_ORDER.index(code) if code in REGION_ORDER else len(REGION_ORDER)
