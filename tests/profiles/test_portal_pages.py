"""Portal pages as they are: the "IGM" opening and its background paragraphs, in each language."""

from pathlib import Path

import pytest

from mgi.profiles.importing import ProfileImportError, import_profile, plan_profile_import
from mgi.profiles.models import Finding

DEMO = Path(__file__).resolve().parents[2] / "mgi" / "demo" / "data"
OPENINGS = {
    "es": (
        "Indicadores de Gobernanza de la Migración (IGM)",
        [
            "Los IGM ayudan a los países a evaluar de forma exhaustiva sus estructuras de "
            "gobernanza de la migración.",
            "Se trata de un conjunto de unos 90 indicadores agrupados en seis dominios de "
            "política.",
            "Los IGM no establecen clasificaciones entre países: señalan buenas prácticas y "
            "ámbitos que podrían desarrollarse.",
            "La evaluación se basa en un proceso consultivo con el Gobierno.",
        ],
        ["Derechos de los migrantes", "Enfoque de gobierno integral"],
        "peru-2019.es.txt",
    ),
    "fr": (
        "Indicateurs de gouvernance des migrations (IGM)",
        [
            "Les IGM aident les pays à évaluer de manière approfondie leurs structures de "
            "gouvernance des migrations.",
            "Ils réunissent environ 90 indicateurs regroupés en six domaines.",
            "Les IGM ne classent pas les pays : ils recensent les bonnes pratiques et les "
            "domaines à développer.",
        ],
        ["Droits des migrants", "Approche pangouvernementale"],
        "peru-2019.fr.txt",
    ),
}


def portal_page(language: str) -> tuple[str, list[str], list[str]]:
    """A page as the portal shows it: the IGM heading, background paragraphs, what each domain
    looks at, then the key findings; with its background and its bullets, in order."""
    heading, background, domains, name = OPENINGS[language]
    body = (DEMO / name).read_text(encoding="utf-8")
    about = "".join(f"{domain}\nLo que examina este dominio.\n\n" for domain in domains)
    text = f"{heading}\n\n" + "\n\n".join(background) + "\n\n" + about + body
    bullets = [
        line.strip().removeprefix("•").strip()
        for line in body.splitlines()
        if line.strip().startswith("•")
    ]
    return text, background, bullets


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_portal_page_with_its_igm_opening_imports_bullet_for_bullet(language):
    text, background, bullets = portal_page(language)

    plan = plan_profile_import(text.encode(), place_code="PER")
    outcome = import_profile(plan)

    assert plan.parsed.language == language
    parsed = [
        finding.text
        for domain in plan.parsed.domains
        for finding in domain.well_developed + domain.potential
    ]
    assert sorted(parsed) == sorted(bullets)
    assert len(bullets) == 24
    stored = Finding.objects.filter(assessment=outcome.assessment)
    assert sorted(f.text[language] for f in stored) == sorted(bullets)
    assert outcome.assessment.profile.about == {language: "\n\n".join(background)}


ENGLISH_ABOUT_ONLY = """About the Migration Governance Indicators

The MGI help countries take stock of how they govern migration, in six policy domains.

Migrants' rights
What the domain looks at: access to services, family reunification, the right to work.

Whole of government approach
What the domain looks at: institutions, strategies, data.
"""


@pytest.mark.django_db
def test_a_page_holding_only_its_about_part_is_refused_for_having_no_key_findings():
    with pytest.raises(ProfileImportError) as refused:
        plan_profile_import(ENGLISH_ABOUT_ONLY.encode(), place_code="PER")

    message = str(refused.value)
    assert "the file is empty" not in message
    assert message.startswith("line 10: no key findings: the file holds only the page's 'About")


@pytest.mark.django_db
def test_the_hints_for_a_spanish_page_quote_its_spanish_headings():
    text, _background, _bullets = portal_page("es")
    without_title = text.replace("Perfil de Gobernanza de la Migración: La República del Perú", "")

    with pytest.raises(ProfileImportError) as refused:
        plan_profile_import(without_title.encode(), place_code="PER")

    assert "'Perfil de Gobernanza de la Migración: La República del Perú'" in str(refused.value)


@pytest.mark.django_db
def test_the_hints_for_a_french_page_that_starts_oddly_quote_french_headings():
    text = "Une ligne de trop\n\n" + portal_page("fr")[0].split("\n\n", 1)[1]

    with pytest.raises(ProfileImportError) as refused:
        plan_profile_import(text.encode(), place_code="PER")

    message = str(refused.value)
    assert message.startswith("line 1: unexpected text 'Une ligne de trop'")
    assert "'Indicateurs de gouvernance des migrations (IGM)'" in message
    assert "'Principales conclusions'" in message
