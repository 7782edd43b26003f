"""What only a local profile page has: its title, which names a local jurisdiction and the
country it is in, and a section on the place's competences before the key findings.

"Local Migration Governance Indicators Profile 2021: Municipality of Coto Brus (Costa Rica)"
"Perfil de Gobernanza de la Migración Local 2022: Estado de Nuevo León (México)"
"Profil de gouvernance locale de la migration 2021 : Commune de Kankan (Guinée)"
"""

import re
from dataclasses import dataclass

from mgi.places.models import Place
from mgi.profiles.text_vocabulary import canonical

# The words before the year, per language.
LOCAL_TITLE_PREFIXES = {
    "en": (
        "Local Migration Governance Indicators Profile",
        "Local Migration Governance Profile",
        "Migration Governance Indicators Local Profile",
    ),
    "es": (
        "Perfil de Gobernanza de la Migración Local",
        "Perfil de Gobernanza Migratoria Local",
        "Perfil Local de Gobernanza de la Migración",
    ),
    "fr": (
        "Profil de gouvernance locale de la migration",
        "Profil de gouvernance locale des migrations",
        "Profil local de gouvernance des migrations",
    ),
}

# The word the place's name follows, and the kind of local place it means.
KIND_WORDS = {
    "en": {
        "Metropolitan Municipality": Place.LocalKind.MUNICIPALITY,
        "Municipality": Place.LocalKind.MUNICIPALITY,
        "Commune": Place.LocalKind.MUNICIPALITY,
        "Canton": Place.LocalKind.MUNICIPALITY,
        "Town": Place.LocalKind.MUNICIPALITY,
        "City": Place.LocalKind.CITY,
        "State": Place.LocalKind.STATE,
        "Province": Place.LocalKind.PROVINCE,
        "Region": Place.LocalKind.PROVINCE,
        "Department": Place.LocalKind.PROVINCE,
        "Governorate": Place.LocalKind.PROVINCE,
        "County": Place.LocalKind.PROVINCE,
        "District": Place.LocalKind.DISTRICT,
    },
    "es": {
        "Municipalidad Metropolitana": Place.LocalKind.MUNICIPALITY,
        "Municipalidad": Place.LocalKind.MUNICIPALITY,
        "Municipio": Place.LocalKind.MUNICIPALITY,
        "Cantón": Place.LocalKind.MUNICIPALITY,
        "Comuna": Place.LocalKind.MUNICIPALITY,
        "Alcaldía": Place.LocalKind.MUNICIPALITY,
        "Ciudad": Place.LocalKind.CITY,
        "Estado": Place.LocalKind.STATE,
        "Provincia": Place.LocalKind.PROVINCE,
        "Región": Place.LocalKind.PROVINCE,
        "Departamento": Place.LocalKind.PROVINCE,
        "Distrito": Place.LocalKind.DISTRICT,
    },
    "fr": {
        "Commune": Place.LocalKind.MUNICIPALITY,
        "Municipalité": Place.LocalKind.MUNICIPALITY,
        "Canton": Place.LocalKind.MUNICIPALITY,
        "Ville": Place.LocalKind.CITY,
        "État": Place.LocalKind.STATE,
        "Province": Place.LocalKind.PROVINCE,
        "Région": Place.LocalKind.PROVINCE,
        "Département": Place.LocalKind.PROVINCE,
        "Gouvernorat": Place.LocalKind.PROVINCE,
        "District": Place.LocalKind.DISTRICT,
    },
}

# The section on what the local government is responsible for, before the key findings.
COMPETENCES_HEADINGS = {
    "en": ("Local competences", "Competences", "Local government competences", "Competencies"),
    "es": ("Competencias locales", "Competencias", "Competencias del gobierno local"),
    "fr": ("Compétences locales", "Compétences", "Compétences des autorités locales"),
}

_CONNECTORS = r"(?:of\s+the|of|de\s+la|del|de|du|des|d')"


def _phrase_index(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for language, phrases in table.items():
        for phrase in phrases:
            index.setdefault(canonical(phrase), set()).add(language)
    return {phrase: frozenset(languages) for phrase, languages in index.items()}


LOCAL_PREFIXES = _phrase_index(LOCAL_TITLE_PREFIXES)
COMPETENCES = _phrase_index(COMPETENCES_HEADINGS)

# Prefix, an optional year, then ':' (French puts a space before it) or a dash, then the place.
_LOCAL_TITLE = re.compile(r"^(.*?)(?:\s+(\d{4}))?\s*(?::|\s[-\u2013\u2014])\s*(.*)$")
# "Municipality of Coto Brus (Costa Rica)": the kind word is read separately; "(country)" last.
_COUNTRY_AT_END = re.compile(r"^(.*?)\s*\(([^()]+)\)$")


@dataclass(frozen=True)
class LocalTitle:
    languages: frozenset[str]
    year: int | None
    kind: str  # a Place.LocalKind value, "" when the title names none
    kind_word: str
    name: str
    country: str  # "" when the title names none


def _kind_and_name(text: str, languages: frozenset[str]) -> tuple[str, str, str]:
    """ "Municipality of Coto Brus" -> (municipality, "Municipality", "Coto Brus")."""
    for language in sorted(languages):
        # The longest kind words first: "Municipalidad Metropolitana" before "Municipalidad".
        for word in sorted(KIND_WORDS[language], key=len, reverse=True):
            pattern = rf"^{re.escape(canonical(word))}\s+{_CONNECTORS}\s*(.+)$"
            match = re.match(pattern, canonical(text))
            if match:
                # The name as written: canonical form keeps the letters where they stand (accents
                # are dropped, not the letters), so the name starts at the same place.
                name = text[match.start(1) :].strip(" .")
                return KIND_WORDS[language][word], text[: len(word)], name
    return "", "", text.strip()


def parse_local_title(line: str) -> LocalTitle | None:
    """The parts of a local profile's title, or None when the line is no such title."""
    match = _LOCAL_TITLE.match(line)
    if not match:
        return None
    languages = LOCAL_PREFIXES.get(canonical(match[1]))
    if languages is None:
        return None
    rest = match[3].strip(" :")
    country = ""
    country_match = _COUNTRY_AT_END.match(rest)
    if country_match:
        rest, country = country_match[1], country_match[2].strip()
    kind, kind_word, name = _kind_and_name(rest, languages)
    return LocalTitle(
        languages=languages,
        year=int(match[2]) if match[2] else None,
        kind=kind,
        kind_word=kind_word,
        name=name,
        country=country,
    )


def competences_heading_languages(key: str) -> frozenset[str] | None:
    """The languages a heading (in canonical form) opens the competences section in."""
    return COMPETENCES.get(key)
