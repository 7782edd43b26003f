"""Local profile pages as text, generated from a framework's domains in three languages."""

import textwrap

HEADINGS = {
    "en": {
        "competences": "Local competences",
        "key_findings": "Key findings",
        "introduction": "Introduction",
        "well": "Migration Governance: examples of well-developed areas:",
        "potential": "Areas with potential for further development:",
        "date": "2021 December",
    },
    "es": {
        "competences": "Competencias locales",
        "key_findings": "Principales conclusiones",
        "introduction": "Introducción",
        "well": "Gobernanza de la migración: ejemplos de áreas bien desarrolladas:",
        "potential": "Áreas con potencial de desarrollo adicional:",
        "date": "diciembre de 2021",
    },
    "fr": {
        "competences": "Compétences locales",
        "key_findings": "Principales conclusions",
        "introduction": "Introduction",
        "well": "Gouvernance des migrations : exemples de domaines bien développés :",
        "potential": "Domaines pouvant être développés davantage :",
        "date": "décembre 2021",
    },
}

WORDS = {
    "en": ("The municipality", "runs a service for migrants in domain", "has no plan in domain"),
    "es": ("El municipio", "presta un servicio a los migrantes en el dominio", "no tiene plan en"),
    "fr": ("La commune", "offre un service aux migrants dans le domaine", "n'a pas de plan pour"),
}

COMPETENCES = {
    "en": [
        "The municipality registers residents and issues local identity cards.",
        "It runs primary health centres and the first years of schooling.",
    ],
    "es": [
        "El municipio inscribe a los residentes y emite carnés locales.",
        "Gestiona los centros de salud primaria y los primeros años de escuela.",
    ],
    "fr": [
        "La commune recense les habitants et délivre des cartes locales.",
        "Elle gère les centres de santé primaires et les premières années d'école.",
    ],
}


def expected_findings(domains: list[dict], language: str) -> dict[int, dict[str, list[str]]]:
    subject, well, potential = WORDS[language]
    return {
        domain["number"]: {
            "well_developed": [
                f"{subject} {well} {domain['number']}, point {i}: "
                "a long sentence that a pasted page may wrap onto the next line of text."
                for i in (1, 2)
            ],
            "potential": [f"{subject} {potential} {domain['number']}."],
        }
        for domain in domains
    }


def local_page(
    domains: list[dict],
    language: str,
    title: str,
    *,
    competences: bool = True,
    bullet: str = "•",
    wrap: bool = False,
) -> str:
    """`domains`: [{"number": 1, "name": {"en": ...}}...]; `wrap` breaks long findings."""
    words = HEADINGS[language]
    findings = expected_findings(domains, language)
    lines = []
    if competences:
        lines += [words["competences"], ""]
        lines += [f"{bullet} {sentence}" for sentence in COMPETENCES[language]]
        lines.append("")
    lines += [words["key_findings"], words["introduction"], "", "An introduction.", ""]
    for domain in domains:
        lines += [words["key_findings"], domain["name"][language], "", words["well"]]
        for kind in ("well_developed", "potential"):
            if kind == "potential":
                lines += ["", words["potential"]]
            for text in findings[domain["number"]][kind]:
                parts = textwrap.wrap(text, 60) if wrap else [text]
                lines.append(f"  {bullet} {parts[0]}")
                lines += [f"    {part}" for part in parts[1:]]
        lines.append("")
    lines += [words["date"], "", title, ""]
    return "\n".join(lines)
