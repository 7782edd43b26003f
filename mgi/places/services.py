"""Find or create places from ISO 3166 codes and names, as written in titles of profiles."""

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from django.utils.text import slugify

from mgi.lib.folding import fold
from mgi.places.models import Place


class UnknownPlace(ValueError):
    pass


@dataclass(frozen=True)
class CountryRecord:
    code: str
    name: str
    official_name: str


# Profile titles name the state formally ("The Republic of Peru", "the Plurinational State of
# Bolivia"); when the full name matches nothing, these words are dropped from both sides.
_FORMAL_WORDS = re.compile(
    r"^((federal|democratic|islamic|people's|united|plurinational|bolivarian|socialist|"
    r"cooperative|oriental|arab|hellenic|independent|state|republic|kingdom|sultanate|"
    r"principality|commonwealth|grand duchy|union|of|the)\s+)+"
)


def _normalise(name: str) -> str:
    plain = fold(name.replace("\u2019", "'"))
    return re.sub(r"^the\s+", "", " ".join(plain.split()).strip(" ."))


def _name_variants(country) -> set[str]:
    names = {
        country.name,
        getattr(country, "official_name", ""),
        getattr(country, "common_name", ""),
    }
    # ISO writes some names inverted: "Korea, Republic of" is "Republic of Korea" in a title.
    for name in list(names):
        if ", " in name:
            head, tail = name.split(", ", 1)
            names.add(f"{tail} {head}")
    return {_normalise(name) for name in names if name}


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Normalised full names -> alpha-3 codes, and the same with formal words dropped."""
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for variant in _name_variants(country):
            full.setdefault(variant, set()).add(country.alpha_3)
            short.setdefault(_FORMAL_WORDS.sub("", variant), set()).add(country.alpha_3)
    return full, short


def _record(alpha_3: str) -> CountryRecord:
    country = pycountry.countries.get(alpha_3=alpha_3)
    name = getattr(country, "common_name", None) or country.name
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.IGNORECASE)
    return CountryRecord(
        code=country.alpha_3,
        name=name,
        official_name=getattr(country, "official_name", "") or "",
    )


def find_country(text: str) -> CountryRecord:
    """Match an ISO code, a name or a formal name ("The Republic of Peru") to one country."""
    wanted = _normalise(text)
    if not wanted:
        raise UnknownPlace("no country name given")
    if len(wanted) in (2, 3) and wanted.isalpha():
        country = pycountry.countries.get(**{f"alpha_{len(wanted)}": wanted.upper()})
        if country is not None:
            return _record(country.alpha_3)
    full, short = _name_index()
    codes = full.get(wanted) or short.get(_FORMAL_WORDS.sub("", wanted), set())
    if len(codes) == 1:
        return _record(next(iter(codes)))
    if codes:
        raise UnknownPlace(f"{text!r} could be any of {', '.join(sorted(codes))}: give the code")
    raise UnknownPlace(f"{text!r} is not a country name or ISO 3166 code")


def get_or_create_country(code_or_name: str) -> Place:
    record = find_country(code_or_name)
    place, _ = Place.objects.get_or_create(
        code=record.code,
        defaults={
            "name": record.name,
            "official_name": record.official_name,
            "kind": Place.Kind.COUNTRY,
        },
    )
    return place


def local_code(country_code: str, name: str) -> str:
    return f"{country_code.upper()}-{slugify(name).upper()}"


def get_or_create_local(country: Place, name: str) -> Place:
    return find_or_create_local_place(country, name)[0]


def find_or_create_local_place(
    country: Place,
    name: str,
    *,
    local_kind: str = "",
    names: dict | None = None,
    code: str | None = None,
    **details,
) -> tuple[Place, bool]:
    """The local place `code` (default: country code + slug of the name) under `country`.

    A place that exists keeps what it has; what it lacks (its kind, names in more languages,
    coordinates, ISO 3166-2 code) is filled in from what is given. Whether it was created is
    returned with it.
    """
    code = (code or local_code(country.code, name)).upper()
    if not code.startswith(f"{country.code}-"):
        raise UnknownPlace(f"{code!r} is not a local place of {country.code}")
    place, created = Place.objects.get_or_create(
        code=code,
        defaults={
            "name": name,
            "kind": Place.Kind.LOCAL,
            "parent": country,
            "local_kind": local_kind,
            "names": names or {},
            **details,
        },
    )
    if not created:
        changed = []
        if local_kind and not place.local_kind:
            place.local_kind = local_kind
            changed.append("local_kind")
        more_names = {**(names or {}), **(place.names or {})}
        if more_names != place.names:
            place.names = more_names
            changed.append("names")
        for field, value in details.items():
            if value not in (None, "") and getattr(place, field) in (None, ""):
                setattr(place, field, value)
                changed.append(field)
        if changed:
            place.save(update_fields=changed)
    return place, created


def split_local_code(code: str) -> tuple[str, str]:
    """ "CRI-COTO-BRUS" -> ("CRI", "COTO-BRUS"); UnknownPlace when it is not such a code."""
    country, _, rest = code.strip().upper().partition("-")
    if len(country) != 3 or not country.isalpha() or not rest:
        raise UnknownPlace(
            f"{code!r} is not a local place code such as CRI-COTO-BRUS (the country's ISO 3166 "
            "alpha-3 code, a dash, the place's name)"
        )
    if pycountry.countries.get(alpha_3=country) is None:
        raise UnknownPlace(f"{code!r} starts with {country!r}, which is no ISO 3166 country code")
    return country, rest
