"""A place's name in the reader's language.

Countries are stored under one name, in English. On pages in another language their name from
the Unicode CLDR, which Babel ships, is shown instead ("Pérou", "Perú"). Local jurisdictions
show their name in the reader's language where one was given, else the name they were given.
Data (JSON, CSV, the API) keeps the stored name: it is the key people search and join on.
"""

from functools import lru_cache

import pycountry
from django.conf import settings
from django.utils.translation import get_language

from mgi.places.regions import territory_names


def place_name(place, language: str | None = None) -> str:
    """`place` is a Place or its dict (code, name, kind)."""
    if isinstance(place, dict):
        code, name, kind = place.get("code", ""), place.get("name", ""), place.get("kind")
        names = place.get("names") or {}
    else:
        code, name, kind = place.code, place.name, place.kind
        names = place.names or {}
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if kind == "local":
        return names.get(language) or name
    if kind != "country" or language == settings.LANGUAGE_CODE.split("-")[0]:
        return name
    alpha_2 = _alpha_2(code)
    return territory_names(language).get(alpha_2, name) if alpha_2 else name


@lru_cache(maxsize=512)
def _alpha_2(alpha_3: str) -> str | None:
    country = pycountry.countries.get(alpha_3=alpha_3.upper())
    return country.alpha_2 if country else None
