"""Recognise the labels national SDG platforms give the 10.7.2 domains and the overall category.

Platforms label the same six domains in many ways: by number ("Domain 1. Migrant rights",
"(1) migrant rights", "1.", "PD_1"), by name in English, Spanish or French, with or without
accents, slashes or hyphens. The overall category is "Total", "All domains", "Todos", "Tous",
"Overall" or no label at all. Labels are compared in a canonical form, so spelling variants of
spaces, case, accents and punctuation do not matter.
"""

import re
import unicodedata

from mgi.results.sdg1072 import DOMAIN_CODES, OVERALL_CODE

# Each domain's names as the UN's and national platforms' English, Spanish and French texts give
# them; the canonical form below absorbs case, accents and punctuation.
DOMAIN_NAMES = {
    1: (
        "Migrant rights",
        "Rights of migrants",
        "Derechos de los migrantes",
        "Derechos de las personas migrantes",
        "Droits des migrants",
    ),
    2: (
        "Whole-of-government / evidence-based policies",
        "Whole-of-government approach / evidence-based policies",
        "Whole of government",
        "Evidence-based policies",
        "Enfoque de gobierno integral / políticas basadas en datos empíricos",
        "Enfoque integral de gobierno / políticas basadas en datos empíricos",
        "Políticas basadas en datos empíricos y enfoque de gobierno integral",
        "Approche pangouvernementale / politiques fondées sur des données factuelles",
        "Approche mobilisant l'ensemble du gouvernement / politiques fondées sur des données "
        "factuelles",
    ),
    3: (
        "Cooperation and partnerships",
        "Cooperación y alianzas",
        "Cooperación y asociaciones",
        "Coopération et partenariats",
    ),
    4: (
        "Socioeconomic well-being",
        "Socio-economic well-being",
        "Bienestar socioeconómico",
        "Bien-être socioéconomique",
        "Bien-être socio-économique",
    ),
    5: (
        "Mobility dimensions of crises",
        "Dimensiones de movilidad de las crisis",
        "Dimensions de mobilité des crises",
        "Aspects des crises liés à la mobilité",
    ),
    6: (
        "Safe, orderly and regular migration",
        "Migración segura, ordenada y regular",
        "Migration sûre, ordonnée et régulière",
    ),
}
OVERALL_NAMES = (
    "",
    "Total",
    "Overall",
    "All domains",
    "All policy domains",
    "Todos",
    "Todos los dominios",
    "Tous",
    "Tous les domaines",
    "_T",
)
# "Domain 1", "Dominio 1", "Domaine 1", "Policy domain 1", "(1)", "1.", "1)", "PD_1", "PD 1".
_NUMBERED = re.compile(
    r"^(?:(?:policy |politica |)(?:domain|dominio|domaine|area|ambito|pd) ?_?)?"
    r"\(?([1-9])\)?(?:[.):,\- ]|$)"
)


def canonical_label(label: str) -> str:
    """Lower case, no accents, '/' '-' ',' and runs of spaces made single spaces."""
    decomposed = unicodedata.normalize("NFKD", label.casefold().replace("\u2019", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"[/\u2010\u2013\u2014]", " ", plain).replace("-", " ")
    return " ".join(plain.split()).strip(" .:")


def _name_index() -> dict[str, str]:
    index = {canonical_label(name): OVERALL_CODE for name in OVERALL_NAMES}
    for number, names in DOMAIN_NAMES.items():
        for name in names:
            index[canonical_label(name)] = DOMAIN_CODES[number]
    return index


_BY_NAME = _name_index()


def domain_code_of(label: str) -> str | None:
    """`PD_1`..`PD_6`, `_T` for the overall, or None for a label that names neither."""
    key = canonical_label(label)
    if key in _BY_NAME:
        return _BY_NAME[key]
    match = _NUMBERED.match(key)
    if match:
        return DOMAIN_CODES.get(int(match[1]))
    return None
