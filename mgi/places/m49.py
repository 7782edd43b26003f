"""UN M49 numeric codes of countries, as the UN SDG database names reference areas."""

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
