"""Find the country a Spanish or French profile title names ("la República del Perú").

ISO 3166 names (pycountry) are English; the country names of other languages come from the
Unicode CLDR, which Babel ships.
"""

import re
from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError

from mgi.lib.folding import fold


def _normalise(name: str) -> str:
    """Lower case, no accents, elided articles split off ("l'État" -> "l etat")."""
    plain = re.sub(r"['\u2019]", " ", fold(name))
    return " ".join(plain.split()).strip(" .")


@lru_cache(maxsize=8)
def _names(language: str) -> dict[str, set[str]]:
    """Normalised CLDR country names in `language` -> ISO 3166 alpha-3 codes."""
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    index: dict[str, set[str]] = {}
    for alpha_2, name in territories.items():
        country = pycountry.countries.get(alpha_2=alpha_2) if alpha_2.isalpha() else None
        if country is not None:
            index.setdefault(_normalise(name), set()).add(country.alpha_3)
    return index


def find_country_code_in_language(name: str, language: str) -> str | None:
    """The alpha-3 code of the one country `name` means in `language`, else None.

    A formal name ends with the short one ("la República Democrática del Congo"), so the
    longest known name the title ends with wins: not "Congo", which is another country.
    """
    names = _names(language)
    words = _normalise(name).split()
    for start in range(len(words)):
        codes = names.get(" ".join(words[start:]), set())
        if len(codes) == 1:
            return next(iter(codes))
    return None
