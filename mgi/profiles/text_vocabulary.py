"""The fixed phrases of a published profile page in each language, compared in canonical form."""

from dataclasses import dataclass

from mgi.lib.folding import fold


def canonical(line: str) -> str:
    """Lower case without accents, straight apostrophes, single spaces, no trailing colon or stop.

    Accents are dropped because pasted text may carry them decomposed, or lose them altogether.
    """
    line = line.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-")
    return " ".join(fold(line).split()).rstrip(":. ").strip()


BULLET_MARKS = "•●▪◦‣∙·○■-*–—"


@dataclass(frozen=True)
class Vocabulary:
    """One language's headings; list headings match by ending (well-developed) or start."""

    language: str
    about: tuple[str, ...]
    key_findings: tuple[str, ...]
    introduction: tuple[str, ...]
    # The words before the place in the title; a ':' or a dash follows them.
    title_prefixes: tuple[str, ...]
    well_developed: tuple[str, ...]
    potential: tuple[str, ...]
    # The page's instruction to readers, not part of the profile's content.
    chrome: tuple[str, ...]
    months: tuple[str, ...]
    # Month names a country writes differently ("setiembre" in Peru).
    month_variants: tuple[tuple[str, int], ...] = ()
    # The heading a portal page opens with, before its background paragraphs.
    background: tuple[str, ...] = ()
    # Examples quoted in messages, so that a Spanish page is told of Spanish headings.
    title_example: str = ""
    date_example: str = ""


ENGLISH = Vocabulary(
    language="en",
    about=("About the Migration Governance Indicators", "About the MGI"),
    key_findings=("Key findings",),
    introduction=("Introduction",),
    title_prefixes=("Migration Governance Profile",),
    well_developed=("examples of well-developed areas", "examples of well developed areas"),
    potential=("Areas with potential for further development",),
    chrome=("Click the icons on the wheel to explore the key findings",),
    background=(
        "Migration Governance Indicators (MGI)",
        "The Migration Governance Indicators (MGI)",
    ),
    title_example="Migration Governance Profile: The Republic of Peru",
    date_example="2019 December",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
)

SPANISH = Vocabulary(
    language="es",
    about=(
        "Acerca de los Indicadores de Gobernanza de la Migración",
        "Acerca de los IGM",
        "Sobre los Indicadores de Gobernanza de la Migración",
    ),
    key_findings=("Principales conclusiones", "Conclusiones clave", "Conclusiones principales"),
    introduction=("Introducción",),
    title_prefixes=("Perfil de Gobernanza de la Migración", "Perfil de Gobernanza Migratoria"),
    well_developed=(
        "ejemplos de áreas bien desarrolladas",
        "ejemplos de ámbitos bien desarrollados",
    ),
    potential=(
        "Áreas con potencial de desarrollo adicional",
        "Áreas con potencial para un mayor desarrollo",
        "Ámbitos con potencial de desarrollo adicional",
    ),
    chrome=(
        "Haga clic en los iconos de la rueda para explorar las principales conclusiones",
        "Haga clic en los íconos de la rueda para explorar las conclusiones clave",
    ),
    background=(
        "Indicadores de Gobernanza de la Migración (IGM)",
        "Los Indicadores de Gobernanza de la Migración (IGM)",
    ),
    title_example="Perfil de Gobernanza de la Migración: La República del Perú",
    date_example="diciembre de 2019",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    month_variants=(("setiembre", 9),),
)

FRENCH = Vocabulary(
    language="fr",
    about=(
        "À propos des indicateurs de gouvernance des migrations",
        "À propos des IGM",
    ),
    key_findings=("Principales conclusions", "Conclusions principales", "Conclusions clés"),
    introduction=("Introduction",),
    title_prefixes=(
        "Profil de gouvernance des migrations",
        "Profil de la gouvernance des migrations",
    ),
    well_developed=("exemples de domaines bien développés",),
    potential=(
        "Domaines pouvant être développés davantage",
        "Domaines qui pourraient être développés davantage",
        "Domaines présentant un potentiel de développement",
    ),
    chrome=(
        "Cliquez sur les icônes de la roue pour découvrir les principales conclusions",
        "Cliquez sur les icônes de la roue pour explorer les principales conclusions",
    ),
    background=(
        "Indicateurs de gouvernance des migrations (IGM)",
        "Les indicateurs de gouvernance des migrations (IGM)",
    ),
    title_example="Profil de gouvernance des migrations : la République du Pérou",
    date_example="décembre 2019",
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
)

VOCABULARIES = (ENGLISH, SPANISH, FRENCH)
VOCABULARY_BY_LANGUAGE = {vocabulary.language: vocabulary for vocabulary in VOCABULARIES}
LANGUAGES = tuple(v.language for v in VOCABULARIES)


def _index(field: str) -> dict[str, frozenset[str]]:
    """Canonical phrase -> the languages that use it ("Introduction" is English and French)."""
    index: dict[str, set[str]] = {}
    for vocabulary in VOCABULARIES:
        for phrase in getattr(vocabulary, field):
            index.setdefault(canonical(phrase), set()).add(vocabulary.language)
    return {phrase: frozenset(languages) for phrase, languages in index.items()}


ABOUT_HEADINGS = _index("about")
KEY_FINDINGS_HEADINGS = _index("key_findings")
INTRODUCTION_HEADINGS = _index("introduction")
TITLE_PREFIXES = _index("title_prefixes")
WELL_DEVELOPED_HEADINGS = _index("well_developed")
POTENTIAL_HEADINGS = _index("potential")
CHROME_LINES = _index("chrome")
BACKGROUND_HEADINGS = _index("background")


def _month_index() -> dict[str, tuple[int, frozenset[str]]]:
    """Canonical month name -> its number and the languages that write it so."""
    index: dict[str, tuple[int, frozenset[str]]] = {}
    for vocabulary in VOCABULARIES:
        named = list(enumerate(vocabulary.months, start=1))
        named += [(number, name) for name, number in vocabulary.month_variants]
        for number, name in named:
            _, languages = index.get(canonical(name), (number, frozenset()))
            index[canonical(name)] = (number, languages | {vocabulary.language})
    return index


MONTHS = _month_index()


def page_language(keys: list[str]) -> str:
    """The language most fixed phrases of a page are in, read before parsing it so that
    messages about its first lines already quote headings in the page's own language."""
    votes: dict[str, int] = dict.fromkeys(LANGUAGES, 0)
    exact = (ABOUT_HEADINGS, KEY_FINDINGS_HEADINGS, BACKGROUND_HEADINGS, CHROME_LINES)
    for key in keys:
        found = [index[key] for index in exact if key in index]
        found += [ls for phrase, ls in WELL_DEVELOPED_HEADINGS.items() if key.endswith(phrase)]
        found += [ls for phrase, ls in POTENTIAL_HEADINGS.items() if key.startswith(phrase)]
        prefix = key.split(":")[0].strip()
        if prefix in TITLE_PREFIXES:
            found.append(TITLE_PREFIXES[prefix])
        for languages in found:
            for language in languages:
                votes[language] += 1
    return max(LANGUAGES, key=lambda language: (votes[language], -LANGUAGES.index(language)))
