import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command

from mgi.assessments.models import Assessment, AuditRecord
from mgi.profiles.models import Finding, Profile

DATA = Path(__file__).resolve().parents[2] / "mgi" / "demo" / "data"
SPANISH = DATA / "peru-2019.es.txt"
FRENCH = DATA / "peru-2019.fr.txt"
# The demo pages' domain headings; the framework file may name the domains otherwise.
HEADINGS = {
    1: ("Derechos de los migrantes", "Droits des migrants"),
    2: ("Enfoque de gobierno integral", "Approche pangouvernementale"),
    3: ("Alianzas", "Partenariats"),
    4: ("Bienestar de los migrantes", "Bien-être des migrants"),
    5: ("Dimensiones de movilidad de las crisis", "Dimensions de mobilité des crises"),
    6: ("Migración segura, ordenada y regular", "Migration sûre, ordonnée et régulière"),
}
BULLET = re.compile(r"^\s*•\s*(.+?)\s*$")


@pytest.fixture
def peru(published_peru):
    """The published English Peru 2019 profile, its framework reading the demo's headings."""
    for domain in published_peru.framework.domains.all():
        domain.aliases = [*domain.aliases, *HEADINGS[domain.number]]
        domain.save(update_fields=["aliases"])
    return published_peru


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_profile", *args, stdout=out)
    return out.getvalue()


def bullets_in(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [m[1] for line in lines if (m := BULLET.match(line))]


def texts_in(assessment: Assessment, language: str) -> list[str]:
    """Finding texts in the order a page lists them: by domain, well-developed first."""
    findings = Finding.objects.filter(assessment=assessment).order_by("domain__number", "order")
    ordered = sorted(findings, key=lambda f: (f.domain.number, f.kind != "well_developed"))
    return [finding.text.get(language) for finding in ordered]


def snapshot() -> dict:
    return {
        "assessments": list(Assessment.objects.values_list("pk", "revision", "updated_at")),
        "profiles": list(Profile.objects.values_list("title", "introduction")),
        "findings": list(Finding.objects.order_by("pk").values_list("text", flat=True)),
        "audit": AuditRecord.objects.count(),
    }


@pytest.mark.django_db
def test_a_translation_adds_the_pages_texts_to_the_published_profile(peru):
    output = run(str(SPANISH), "--translation")

    assert output.startswith("translated: Spanish texts of Peru (PER) 2019 (revision 1)")
    assert list(Assessment.objects.values_list("revision", flat=True)) == [1]
    # Cached public responses are validated by this time, so they change with the texts.
    assert Assessment.objects.get().updated_at > peru.updated_at
    peru.profile.refresh_from_db()
    assert peru.profile.title == {
        "en": "Migration Governance Profile: The Republic of Peru",
        "es": "Perfil de Gobernanza de la Migración: La República del Perú",
    }
    assert peru.profile.introduction["es"].startswith("Este perfil ofrece una visión general")
    assert peru.profile.introduction["en"].startswith("This profile gives an overview")
    assert texts_in(peru, "es") == bullets_in(SPANISH)
    assert "eight countries" in texts_in(peru, "en")[1]
    record = AuditRecord.objects.get(action="translate_profile")
    assert (record.via, record.assessment, record.before) == ("import_profile", peru, None)
    assert record.after["language"] == "es"
    assert record.after["findings"][0] == {
        "domain": 1,
        "kind": "potential",
        "order": 1,
        "text": "El derecho a votar en las elecciones locales se limita a algunos residentes "
        "extranjeros en el Perú.",
    }


@pytest.mark.django_db
def test_a_french_page_names_the_place_in_french(peru):
    output = run(str(FRENCH), "--translation")

    assert output.startswith("translated: French texts of Peru (PER) 2019")
    assert texts_in(peru, "fr") == bullets_in(FRENCH)


@pytest.mark.django_db
def test_importing_the_same_translation_again_changes_nothing(peru):
    run(str(SPANISH), "--translation")
    before = snapshot()

    output = run(str(SPANISH), "--translation")

    assert output.startswith("unchanged: Spanish texts")
    assert snapshot() == before


@pytest.mark.django_db
def test_a_better_translation_replaces_the_earlier_one(peru, tmp_path):
    run(str(SPANISH), "--translation")
    better = tmp_path / "better.es.txt"
    better.write_text(SPANISH.read_text(encoding="utf-8").replace("ocho países", "ocho Estados"))

    output = run(str(better), "--translation")

    assert output.startswith("updated: Spanish texts")
    assert "ocho Estados" in texts_in(peru, "es")[1]
    record = AuditRecord.objects.filter(action="translate_profile").latest("pk")
    assert "ocho países" in record.before["findings"][2]["text"]
    assert "ocho Estados" in record.after["findings"][2]["text"]


@pytest.mark.django_db
def test_a_translation_with_other_counts_is_refused_naming_the_domain_and_writes_nothing(
    peru, tmp_path
):
    short = tmp_path / "short.es.txt"
    text = SPANISH.read_text(encoding="utf-8")
    short.write_text(
        text.replace(
            "  • Si bien el Perú cuenta con medidas de igualdad de género, estas no están dirigidas"
            " a los migrantes que trabajan en el país.\n",
            "",
        )
    )
    before = snapshot()

    with pytest.raises(CommandError) as caught:
        run(str(short), "--translation")

    line = text.splitlines().index("Bienestar de los migrantes") + 1
    assert str(caught.value) == (
        f"{short}: line {line}: domain 4 'Bienestar de los migrantes' has 3 examples of "
        "well-developed areas and 1 area with potential for further development on this page "
        "but 3 examples of well-developed areas and 2 areas with potential for further "
        "development in the published profile of Peru 2019 (revision 1); a translation must "
        "have the same findings in the same order"
    )
    assert snapshot() == before


@pytest.mark.django_db
def test_a_dry_run_checks_the_translation_and_writes_nothing(peru):
    before = snapshot()

    output = run(str(SPANISH), "--translation", "--dry-run")

    assert output.startswith("dry run, nothing written: Spanish texts of Peru (PER) 2019")
    assert snapshot() == before


@pytest.mark.django_db
def test_a_translation_needs_a_published_profile(national_framework):
    with pytest.raises(CommandError, match="Peru 2019 has no published profile to translate"):
        run(str(SPANISH), "--translation", "--place", "PER")


@pytest.mark.django_db
def test_a_spanish_page_for_an_unpublished_round_is_a_new_profile_in_spanish(peru):
    output = run(str(SPANISH), "--round", "2023")

    assert output.startswith("created (revision 1): Peru (PER) 2023")
    assessment = Assessment.objects.get(round_year=2023)
    assert list(assessment.profile.title) == ["es"]
    assert list(assessment.profile.introduction) == ["es"]
    assert {tuple(f.text) for f in assessment.findings.all()} == {("es",)}
    assert texts_in(assessment, "es") == bullets_in(SPANISH)


@pytest.mark.django_db
def test_a_page_in_a_new_language_without_the_flag_is_refused_not_made_a_revision(peru):
    before = snapshot()

    with pytest.raises(CommandError, match="no Spanish texts; .* import it with --translation"):
        run(str(SPANISH))

    assert snapshot() == before


@pytest.mark.django_db
def test_a_translated_page_imported_again_without_the_flag_is_refused(peru):
    run(str(SPANISH), "--translation")
    before = snapshot()

    with pytest.raises(CommandError, match="Spanish texts of .* are a translation"):
        run(str(SPANISH))

    assert snapshot() == before


@pytest.mark.django_db
def test_different_texts_in_the_original_language_are_a_correction_not_a_translation(
    peru, tmp_path
):
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(
        (DATA / "peru-2019.txt").read_text(encoding="utf-8").replace("eight", "nine")
    )

    with pytest.raises(CommandError, match="is a correction|are a correction"):
        run(str(corrected), "--translation")


@pytest.mark.django_db
def test_a_place_unknown_in_the_pages_language_must_be_given(peru, tmp_path):
    page = tmp_path / "ruritania.es.txt"
    page.write_text(
        SPANISH.read_text(encoding="utf-8").replace("La República del Perú", "Ruritania")
    )

    with pytest.raises(CommandError, match="'Ruritania' names no country known in Spanish"):
        run(str(page), "--translation")
    output = run(str(page), "--translation", "--place", "PER")

    assert output.startswith("translated: Spanish texts of Peru (PER) 2019")


@pytest.mark.django_db
def test_a_translated_title_is_found_again_without_place(peru, tmp_path):
    page = tmp_path / "ruritania.es.txt"
    page.write_text(
        SPANISH.read_text(encoding="utf-8").replace("La República del Perú", "Ruritania")
    )
    run(str(page), "--translation", "--place", "PER")

    assert run(str(page), "--translation").startswith("unchanged: Spanish texts of Peru")


@pytest.mark.django_db
def test_the_spanish_page_shows_the_spanish_findings_without_fallback_notes(client, peru):
    run(str(SPANISH), "--translation")

    response = client.get("/es/profiles/per/2019/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "es"
    assert soup.h1.get_text() == "Perfil de Gobernanza de la Migración: La República del Perú"
    assert not soup.h1.has_attr("lang")
    assert soup.select_one(".profile-date").get_text(strip=True) == "diciembre de 2019"
    for evidence in soup.select("ul.findings details"):
        evidence.decompose()
    findings = [li.get_text(" ", strip=True) for li in soup.select("ul.findings > li")]
    assert findings == bullets_in(SPANISH)
    assert soup.select(".fallback-note") == []
    assert soup.select(".key-findings [lang]") == []


@pytest.mark.django_db
def test_the_french_page_marks_findings_that_are_not_yet_translated(client, peru):
    response = client.get("/fr/profiles/per/2019/")

    soup = BeautifulSoup(response.content, "html.parser")
    untranslated = soup.select("ul.findings > li > span[lang=en]")
    assert len(untranslated) == 24
    assert len(soup.select("ul.findings .fallback-note")) == 24


@pytest.mark.django_db
def test_profile_json_in_spanish_has_the_spanish_texts(client, peru):
    run(str(SPANISH), "--translation")

    payload = json.loads(client.get("/es/profiles/per/2019/profile.json").content)

    assert payload["language"] == "es"
    assert payload["title"] == "Perfil de Gobernanza de la Migración: La República del Perú"
    assert payload["introduction"].startswith("Este perfil ofrece una visión general")
    texts = [
        f["text"] for d in payload["domains"] for k in ("well_developed", "potential") for f in d[k]
    ]
    assert texts == bullets_in(SPANISH)
    english = json.loads(client.get("/profiles/per/2019/profile.json").content)
    assert [d["well_developed"][0]["indicators"] for d in payload["domains"]] == [
        d["well_developed"][0]["indicators"] for d in english["domains"]
    ]


@pytest.mark.django_db
def test_a_translation_drops_the_stored_pdfs_of_its_language(
    peru, settings, tmp_path, django_capture_on_commit_callbacks
):
    from mgi.portal.pdf_cache import pdf_path

    settings.DATA_DIR = tmp_path
    spanish, french = pdf_path(peru, "es"), pdf_path(peru, "fr")
    spanish.parent.mkdir(parents=True)
    spanish.write_bytes(b"%PDF stale")
    french.write_bytes(b"%PDF")

    with django_capture_on_commit_callbacks(execute=True):
        run(str(SPANISH), "--translation")

    assert (spanish.exists(), french.exists()) == (False, True)
