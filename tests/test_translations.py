"""The interface speaks Spanish and French: every catalogue entry is translated and compiled.

New texts reach the catalogues through scripts/update-translations, which also lists what is
left to translate.
"""

import pytest
from bs4 import BeautifulSoup

from mgi.lib.catalogues import catalogue_paths, catalogue_problems

LANGUAGES = ("es", "fr")


def test_there_is_a_catalogue_for_each_language_but_english():
    assert sorted(catalogue_paths()) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    problems = catalogue_problems(language, catalogue_paths()[language])

    assert [str(p) for p in problems] == [], (
        "translate these entries in mgi/locale/*/LC_MESSAGES/django.po "
        "(scripts/update-translations lists them)"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_there_and_not_older_than_its_source(language):
    source = catalogue_paths()[language]
    compiled = source.with_suffix(".mo")

    assert compiled.exists(), f"{compiled} is missing: run scripts/setup to compile it"
    assert compiled.stat().st_mtime >= source.stat().st_mtime, (
        f"{compiled} is older than {source.name}: run scripts/setup to compile it again"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "heading", "key_findings"),
    [
        ("/es", "Perfiles de gobernanza de la migración", "Principales conclusiones"),
        ("/fr", "Profils de gouvernance des migrations", "Principales conclusions"),
    ],
)
def test_pages_use_the_compiled_catalogue(client, published_peru, prefix, heading, key_findings):
    listing = BeautifulSoup(client.get(f"{prefix}/profiles/").content, "html.parser")
    profile = BeautifulSoup(client.get(f"{prefix}/profiles/per/2019/").content, "html.parser")

    assert listing.h1.get_text() == heading
    assert profile.select_one("#findings-heading").get_text() == key_findings


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "note"),
    [
        ("/es", "(aún sin traducir: se muestra en inglés)"),
        ("/fr", "(pas encore traduit\u00a0: affiché en anglais)"),
    ],
)
def test_an_untranslated_finding_is_shown_in_english_with_a_translated_note(
    client, published_peru, prefix, note
):
    soup = BeautifulSoup(client.get(f"{prefix}/profiles/per/2019/").content, "html.parser")

    finding = soup.select_one("ul.findings > li")
    assert finding.select_one("span[lang=en]").get_text().startswith("Migrants in Peru enjoy")
    assert finding.select_one(".fallback-note").get_text() == note
