import unicodedata

import pytest

from mgi.profiles.text_format import ProfileTextError, parse_profile_bytes, parse_profile_text

DOMAINS = {
    1: ["Migrants' rights", "Derechos de los migrantes", "Droits des migrants"],
    2: [
        "Whole of government approach",
        "Enfoque de gobierno integral",
        "Approche pangouvernementale",
    ],
    3: ["Partnerships", "Alianzas", "Partenariats"],
}

A_SPANISH_PROFILE = """\
Acerca de los Indicadores de Gobernanza de la Migración
Derechos de los migrantes
Qué mira el dominio.

Principales conclusiones
Introducción

Este perfil describe la gobernanza de la migración en Ruritania.

Haga clic en los iconos de la rueda para explorar las principales conclusiones.

Principales conclusiones
Derechos de los migrantes

Gobernanza de la migración: ejemplos de áreas bien desarrolladas:

  • Los migrantes acceden a la atención médica pública en igualdad de condiciones.
  • La «Ley de Migraciones» protege a los niños.

Áreas con potencial de desarrollo adicional:

  • Los residentes extranjeros no pueden votar en las elecciones locales.

Principales conclusiones
Enfoque de gobierno integral

Gobernanza de la migración: ejemplos de áreas bien desarrolladas:

  • Un organismo nacional gestiona los visados.

Principales conclusiones
Alianzas

Gobernanza de la migración: ejemplos de áreas bien desarrolladas:

  • El Estado colabora con la diáspora.

Áreas con potencial de desarrollo adicional:

  • No existe ninguna alianza formal con los empleadores.

diciembre de 2019

Perfil de Gobernanza de la Migración: La República del Perú
"""

# As pasted from a French page: a no-break space before each colon and inside « » quotes.
A_FRENCH_PROFILE = """\
À propos des indicateurs de gouvernance des migrations
Droits des migrants
Ce que le domaine examine.

Principales conclusions
Introduction

Ce profil décrit la gouvernance des migrations de la Ruritanie.

Cliquez sur les icônes de la roue pour découvrir les principales conclusions.

Principales conclusions\u00a0:
Droits des migrants

Gouvernance des migrations\u00a0: exemples de domaines bien développés\u00a0:

  • Les migrants ont accès aux soins publics dans les mêmes conditions que les citoyens.
  • La «\u00a0loi sur les migrations\u00a0» protège les enfants.

Domaines pouvant être développés davantage\u00a0:

  • Les résidents étrangers ne peuvent pas voter aux élections locales.

Principales conclusions
Approche pangouvernementale

Gouvernance des migrations\u202f: exemples de domaines bien développés\u202f:

  • Un organisme national gère les visas.

Principales conclusions
Partenariats

Gouvernance des migrations : exemples de domaines bien développés :

  • L’État coopère avec la diaspora.

Domaines pouvant être développés davantage :

  • Il n’existe aucun partenariat officiel avec les employeurs.

décembre 2019

Profil de gouvernance des migrations\u00a0: la République du Pérou
"""


def texts(findings):
    return [finding.text for finding in findings]


def test_a_spanish_page_is_read_as_spanish_with_its_title_date_and_findings():
    profile = parse_profile_text(A_SPANISH_PROFILE, DOMAINS)

    assert profile.language == "es"
    assert profile.title == "Perfil de Gobernanza de la Migración: La República del Perú"
    assert profile.place_name == "La República del Perú"
    assert (profile.year, profile.month) == (2019, 12)
    assert (
        profile.introduction == "Este perfil describe la gobernanza de la migración en Ruritania."
    )
    assert [d.number for d in profile.domains] == [1, 2, 3]
    assert texts(profile.domains[0].well_developed) == [
        "Los migrantes acceden a la atención médica pública en igualdad de condiciones.",
        "La «Ley de Migraciones» protege a los niños.",
    ]
    assert texts(profile.domains[0].potential) == [
        "Los residentes extranjeros no pueden votar en las elecciones locales."
    ]
    assert profile.domains[1].potential == []
    assert profile.domains[0].summary == "Qué mira el dominio."


def test_a_french_page_is_read_as_french_despite_its_no_break_spaces_before_colons():
    profile = parse_profile_text(A_FRENCH_PROFILE, DOMAINS)

    assert profile.language == "fr"
    assert profile.title == "Profil de gouvernance des migrations : la République du Pérou"
    assert profile.place_name == "la République du Pérou"
    assert (profile.year, profile.month) == (2019, 12)
    assert profile.introduction == "Ce profil décrit la gouvernance des migrations de la Ruritanie."
    assert [d.heading for d in profile.domains] == [
        "Droits des migrants",
        "Approche pangouvernementale",
        "Partenariats",
    ]
    assert (
        texts(profile.domains[0].well_developed)[1]
        == "La « loi sur les migrations » protège les enfants."
    )
    assert texts(profile.domains[2].well_developed) == ["L’État coopère avec la diaspora."]
    assert profile.finding_count() == 6


def test_introduction_is_french_as_well_as_english_and_the_other_headings_decide():
    only_shared_words = A_FRENCH_PROFILE.replace("Principales conclusions", "Conclusions clés")

    assert parse_profile_text(only_shared_words, DOMAINS).language == "fr"


@pytest.mark.parametrize(
    ("page", "date_line", "month"),
    [
        ("es", "diciembre de 2019", 12),
        ("es", "2019 diciembre", 12),
        ("es", "Diciembre 2019", 12),
        ("es", "setiembre de 2019", 9),
        ("fr", "décembre 2019", 12),
        ("fr", "2019 décembre", 12),
        ("fr", "février 2019", 2),
        ("fr", "aout 2019", 8),
    ],
)
def test_it_reads_dates_in_each_language_either_way_round(page, date_line, month):
    text, original = {
        "es": (A_SPANISH_PROFILE, "diciembre de 2019"),
        "fr": (A_FRENCH_PROFILE, "décembre 2019"),
    }[page]

    profile = parse_profile_text(text.replace(original, date_line), DOMAINS)

    assert (profile.year, profile.month) == (2019, month)
    assert profile.language == page


def test_accents_pasted_decomposed_or_lost_still_match_headings():
    decomposed = unicodedata.normalize("NFD", A_FRENCH_PROFILE)
    without_accents = (
        A_SPANISH_PROFILE.replace("Introducción", "Introduccion")
        .replace("Áreas con", "Areas con")
        .replace("áreas bien", "areas bien")
    )

    assert parse_profile_text(decomposed, DOMAINS).finding_count() == 6
    assert parse_profile_text(without_accents, DOMAINS).finding_count() == 6


def test_key_findings_may_be_headed_conclusiones_clave():
    text = A_SPANISH_PROFILE.replace("Principales conclusiones\n", "Conclusiones clave\n")

    profile = parse_profile_text(text, DOMAINS)

    assert (profile.language, profile.finding_count()) == ("es", 6)


def test_the_instruction_to_click_the_wheel_is_not_part_of_the_introduction():
    for text in (A_SPANISH_PROFILE, A_FRENCH_PROFILE):
        introduction = parse_profile_text(text, DOMAINS).introduction

        assert "\n" not in introduction
        assert "rueda" not in introduction and "roue" not in introduction


def test_an_english_page_is_still_read_as_english():
    english = (
        "Key findings\nIntroduction\n\nText.\n\nKey findings\nPartnerships\n\n"
        "Migration Governance: examples of well-developed areas:\n  • A finding.\n\n"
        "2019 December\n\nMigration Governance Profile: The Republic of Peru\n"
    )

    assert parse_profile_text(english, DOMAINS).language == "en"


def test_an_unknown_domain_on_a_spanish_page_is_refused_naming_the_heading_seen():
    text = A_SPANISH_PROFILE.replace(
        "Principales conclusiones\nAlianzas", "Principales conclusiones\nAlianza"
    )

    with pytest.raises(ProfileTextError) as caught:
        parse_profile_bytes(text.encode(), DOMAINS)

    assert caught.value.line == text.split("\n").index("Alianza") + 1
    assert "unknown domain 'Alianza' after 'Principales conclusiones'" in caught.value.message


def test_a_spanish_title_without_a_place_is_refused():
    text = A_SPANISH_PROFILE.replace(": La República del Perú", ":")

    with pytest.raises(ProfileTextError, match="names no place"):
        parse_profile_text(text, DOMAINS)


def test_a_bullet_that_ends_like_a_list_heading_stays_a_finding():
    text = A_SPANISH_PROFILE.replace(
        "  • Un organismo nacional gestiona los visados.",
        "  • Un informe recoge ejemplos de áreas bien desarrolladas",
    )

    profile = parse_profile_text(text, DOMAINS)

    assert texts(profile.domains[1].well_developed) == [
        "Un informe recoge ejemplos de áreas bien desarrolladas"
    ]
