"""Short made-up sentences in English, Spanish and French that say the same thing.

Each sentence is a subject, a verb and an object picked by index from parallel lists, so the three
languages stay translations of each other and a fixed seed always gives the same texts.
"""

import random

LANGUAGES = ("en", "es", "fr")
SYNTHETIC_PREFIX = "[Synthetic]"

SUBJECTS = {
    "en": ["The government", "The migration authority", "The labour ministry", "Local authorities"],
    "es": [
        "El gobierno",
        "La autoridad migratoria",
        "El ministerio de trabajo",
        "Las autoridades locales",
    ],
    "fr": [
        "Le gouvernement",
        "L'autorité migratoire",
        "Le ministère du travail",
        "Les autorités locales",
    ],
}
VERBS = {
    "en": ["has adopted", "publishes", "coordinates", "reviews every year"],
    "es": ["ha adoptado", "publica", "coordina", "revisa cada año"],
    "fr": ["a adopté", "publie", "coordonne", "révise chaque année"],
}
OBJECTS = {
    "en": [
        "a strategy on labour migration",
        "data on arrivals and departures",
        "a plan for the return of nationals",
        "rules on access to health care",
        "agreements with neighbouring countries",
        "a response plan for displaced people",
    ],
    "es": [
        "una estrategia de migración laboral",
        "datos sobre llegadas y salidas",
        "un plan para el retorno de nacionales",
        "normas sobre el acceso a la salud",
        "acuerdos con países vecinos",
        "un plan de respuesta para personas desplazadas",
    ],
    "fr": [
        "une stratégie de migration de travail",
        "des données sur les arrivées et les départs",
        "un plan pour le retour des nationaux",
        "des règles d'accès aux soins",
        "des accords avec les pays voisins",
        "un plan de réponse pour les personnes déplacées",
    ],
}
TITLES = {
    "en": "Migration Governance Profile: {place}",
    "es": "Perfil de gobernanza de la migración: {place}",
    "fr": "Profil de gouvernance des migrations : {place}",
}
INTRODUCTIONS = {
    "en": "This profile of {place} is synthetic: generated data for testing, not an assessment.",
    "es": "Este perfil de {place} es sintético: datos generados para pruebas, no una evaluación.",
    "fr": "Ce profil de {place} est synthétique : des données générées pour les tests.",
}
SOURCE_TITLES = {
    "en": "Synthetic report: {topic}",
    "es": "Informe sintético: {topic}",
    "fr": "Rapport synthétique : {topic}",
}


def sentence(rng: random.Random) -> dict[str, str]:
    """One statement in the three languages."""
    s, v, o = (rng.randrange(len(words["en"])) for words in (SUBJECTS, VERBS, OBJECTS))
    return {
        language: f"{SUBJECTS[language][s]} {VERBS[language][v]} {OBJECTS[language][o]}."
        for language in LANGUAGES
    }


def title(place: str) -> dict[str, str]:
    return {lang: f"{SYNTHETIC_PREFIX} {TITLES[lang].format(place=place)}" for lang in LANGUAGES}


def introduction(place: str) -> dict[str, str]:
    return {lang: INTRODUCTIONS[lang].format(place=place) for lang in LANGUAGES}


def source_title(language: str, rng: random.Random) -> str:
    topic = OBJECTS[language][rng.randrange(len(OBJECTS[language]))]
    return f"{SYNTHETIC_PREFIX} {SOURCE_TITLES[language].format(topic=topic)}"
