"""UN M49 numeric codes of countries, as the UN SDG database names reference areas."""

from functools import cache
from pathlib import Path

import pycountry


def m49_code(alpha_3: str) -> str | None:
    """ "PER" -> "604"; None for a code ISO 3166 does not know. For countries, M49 and ISO 3166
    numeric codes are the same three digits."""
    country = pycountry.countries.get(alpha_3=alpha_3.split("-")[0].upper())
    return country.numeric if country else None


def alpha_3_of_m49(code: str) -> str | None:
    """ "604" -> "PER"; accepts "4" for "004"."""
    if not (code.isascii() and code.isdigit()):
        return None
    country = pycountry.countries.get(numeric=code.zfill(3))
    return country.alpha_3 if country else None


UN_STATES_FILE = Path(__file__).parent / "data" / "un-member-states.txt"


@cache
def un_states() -> tuple[str, ...]:
    """The UN's member and non-member observer states, alpha-3, in the file's order."""
    lines = UN_STATES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(code for line in lines if not line.startswith("#") for code in line.split())
