"""Where a local profile page belongs: the local place its title names, under its country,
and the framework it follows (the local one once it is loaded or shipped, else the national)."""

import unicodedata

from mgi.frameworks.files import BUNDLED_DIR
from mgi.frameworks.models import Framework
from mgi.places.models import Place
from mgi.places.services import (
    UnknownPlace,
    find_country,
    find_or_create_local_place,
    get_or_create_country,
    local_code,
    split_local_code,
)
from mgi.profiles.local_text import parse_local_title
from mgi.profiles.text_format import ParsedProfile
from mgi.profiles.title_place import find_country_code_in_language

LOCAL_FRAMEWORK = "mgi-local"
NATIONAL_FRAMEWORK = "mgi-national"


def has_local_title(raw: bytes) -> bool:
    """Whether a page's text carries a local profile's title (read before the framework is
    chosen, since the framework gives the domain headings the page is parsed with)."""
    text = raw.decode("utf-8-sig", errors="replace")
    return any(parse_local_title(" ".join(line.split())) for line in text.splitlines())


def local_framework_available() -> bool:
    return (
        Framework.objects.filter(code=LOCAL_FRAMEWORK).exists()
        or (BUNDLED_DIR / f"{LOCAL_FRAMEWORK}.yaml").exists()
    )


def framework_code_for(raw: bytes, requested: str | None) -> str:
    if requested:
        return requested
    if has_local_title(raw) and local_framework_available():
        return LOCAL_FRAMEWORK
    return NATIONAL_FRAMEWORK


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _country_in_title(country: str, language: str) -> str:
    if language != "en":
        code = find_country_code_in_language(country, language)
        if code:
            return code
    return find_country(country).code


def _known_local_place(parsed: ParsedProfile, year: int) -> Place | None:
    """The one local place already bearing the title's name, or whose profile of the round
    carries this very title; None when there is none or more than one."""
    by_title = Place.objects.filter(
        kind=Place.Kind.LOCAL,
        assessments__round_year=year,
        **{f"assessments__profile__title__{parsed.language}": parsed.title},
    ).distinct()
    if len(by_title) == 1:
        return by_title[0]
    wanted = _plain(parsed.local.name)
    named = [
        place
        for place in Place.objects.filter(kind=Place.Kind.LOCAL)
        if wanted in {_plain(n) for n in [place.name, *(place.names or {}).values()] if n}
    ]
    return named[0] if len(named) == 1 else None


def plan_local_place(parsed: ParsedProfile, place_code: str | None, year: int) -> dict:
    """The local place a page is for, as the import will find or create it.

    `--place` gives its code ("CRI-COTO-BRUS") or only its country ("CRI"); otherwise the
    country in the title's parentheses, read in the page's language or English; otherwise the
    one local place already known by the title's name. Raises UnknownPlace saying what to give.
    """
    local = parsed.local
    code = None
    if place_code:
        if "-" in place_code.strip():
            country_code, _ = split_local_code(place_code)
            code = place_code.strip().upper()
        else:
            country_code = find_country(place_code).code
    elif local.country:
        country_code = _country_in_title(local.country, parsed.language)
    else:
        known = _known_local_place(parsed, year)
        if known is None:
            raise UnknownPlace(
                f"the title names no country for {local.name!r}; give the place's code, such "
                "as --place CRI-COTO-BRUS, or its country's, such as --place CRI"
            )
        code, country_code = known.code, known.parent.code
    code = code or local_code(country_code, local.name)
    existing = Place.objects.filter(code=code).first()
    if existing is not None and existing.kind != Place.Kind.LOCAL:
        raise UnknownPlace(f"{code!r} is a country, not a local place")
    return {
        "code": code,
        "name": existing.name if existing else local.name,
        "kind": Place.Kind.LOCAL,
        "country": country_code,
        "local_kind": local.kind,
        "names": {parsed.language: local.name},
    }


def get_or_create_planned_place(place: dict) -> Place:
    """The place a plan is for, made if it is new; a local place under its country."""
    if place["kind"] != Place.Kind.LOCAL:
        return get_or_create_country(place["code"])
    country = get_or_create_country(place["country"])
    return find_or_create_local_place(
        country,
        place["name"],
        code=place["code"],
        local_kind=place.get("local_kind", ""),
        names=place.get("names") or {},
    )[0]
