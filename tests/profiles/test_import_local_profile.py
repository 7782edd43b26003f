import pytest
from django.core.management import CommandError, call_command

from mgi.places.models import Place
from mgi.profiles.importing import (
    ProfileImportError,
    framework_outline,
    import_profile,
    plan_profile_import,
)
from mgi.profiles.local_import import (
    LOCAL_FRAMEWORK,
    NATIONAL_FRAMEWORK,
    local_framework_available,
)
from tests.profiles.local_pages import COMPETENCES, expected_findings, local_page

TITLES = {
    "en": "Local Migration Governance Indicators Profile 2021: Municipality of Coto Brus "
    "(Costa Rica)",
    "es": "Perfil de Gobernanza de la Migración Local 2022: Estado de Nuevo León (México)",
    "fr": "Profil de gouvernance locale de la migration 2021 : Commune de Kankan (Guinée)",
}
EXPECTED_PLACES = {
    "en": ("CRI-COTO-BRUS", "Coto Brus", "CRI", "municipality", 2021),
    "es": ("MEX-NUEVO-LEON", "Nuevo León", "MEX", "state", 2022),
    "fr": ("GIN-KANKAN", "Kankan", "GIN", "municipality", 2021),
}


@pytest.fixture
def domains(national_framework):
    """The domains of the framework a local profile is imported with (the local one once it
    ships with the platform)."""
    code = LOCAL_FRAMEWORK if local_framework_available() else NATIONAL_FRAMEWORK
    return [{"number": d.number, "name": d.name} for d in framework_outline(code).domains]


def _findings(plan) -> dict:
    return {
        d["number"]: {
            kind: [f["text"] for f in d[kind]] for kind in ("well_developed", "potential")
        }
        for d in plan.domains
    }


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize(
    "variant",
    [
        {},
        {"competences": False},
        {"wrap": True, "bullet": "-"},
        {"bullet": "▪", "wrap": True},
        {"bullet": "●"},
    ],
)
@pytest.mark.django_db
def test_a_local_profile_is_imported_bullet_for_bullet(domains, language, variant):
    text = local_page(domains, language, TITLES[language], **variant)
    outcome = import_profile(plan_profile_import(text.encode()))
    assessment = outcome.assessment
    code, name, country, kind, year = EXPECTED_PLACES[language]
    place = assessment.place
    assert (place.code, place.name, place.kind) == (code, name, Place.Kind.LOCAL)
    assert (place.parent.code, place.local_kind, assessment.round_year) == (country, kind, year)
    assert place.names == {language: name}
    stored = {
        d: {k: [] for k in ("well_developed", "potential")} for d in range(1, len(domains) + 1)
    }
    for finding in assessment.findings.order_by("domain__number", "kind", "order"):
        stored[finding.domain.number][finding.kind].append(finding.text[language])
    assert stored == expected_findings(domains, language)
    competences = assessment.profile.competences
    if variant.get("competences", True):
        assert competences == {language: "\n\n".join(COMPETENCES[language])}
    else:
        assert competences == {}
    assert assessment.profile.title == {language: TITLES[language]}


@pytest.mark.django_db
def test_a_title_without_its_country_needs_the_place_code(domains):
    title = "Local Migration Governance Indicators Profile 2021: Municipality of Coto Brus"
    text = local_page(domains, "en", title).encode()
    with pytest.raises(ProfileImportError, match=r"line \d+: .*--place CRI-COTO-BRUS"):
        plan_profile_import(text)
    plan = plan_profile_import(text, place_code="cri-coto-brus")
    assert plan.place["code"] == "CRI-COTO-BRUS"
    assert _findings(plan) == expected_findings(domains, "en")
    assessment = import_profile(plan).assessment
    assert assessment.place.parent.code == "CRI"


@pytest.mark.django_db
def test_a_title_without_its_country_finds_the_one_local_place_of_that_name(domains):
    with_country = local_page(domains, "en", TITLES["en"]).encode()
    import_profile(plan_profile_import(with_country))
    title = "Perfil de Gobernanza de la Migración Local 2023: Municipio de Coto Brus"
    plan = plan_profile_import(local_page(domains, "es", title).encode())
    assert plan.place["code"] == "CRI-COTO-BRUS"
    assert plan.round_year == 2023


@pytest.mark.django_db
def test_the_place_option_may_name_only_the_country(domains):
    title = "Profil de gouvernance locale de la migration 2021 : Ville de Montréal"
    plan = plan_profile_import(local_page(domains, "fr", title).encode(), place_code="CAN")
    assert plan.place["code"] == "CAN-MONTREAL"
    assert plan.place["local_kind"] == "city"


@pytest.mark.django_db
def test_a_local_profile_already_imported_is_unchanged_when_imported_again(domains):
    text = local_page(domains, "es", TITLES["es"]).encode()
    first = import_profile(plan_profile_import(text))
    again = import_profile(plan_profile_import(text))
    assert again.action == "unchanged" and again.assessment.pk == first.assessment.pk


@pytest.mark.django_db
def test_a_country_code_given_as_the_local_place_is_refused(domains):
    text = local_page(domains, "en", TITLES["en"]).encode()
    with pytest.raises(ProfileImportError, match="--place: 'ZZZ-COTO' starts with 'ZZZ'"):
        plan_profile_import(text, place_code="ZZZ-COTO")


@pytest.mark.django_db
def test_an_unknown_country_in_the_title_is_refused_with_its_line(domains):
    title = "Local Migration Governance Indicators Profile 2021: City of Springfield (Atlantis)"
    text = local_page(domains, "en", title)
    line = text.splitlines().index(title) + 1
    with pytest.raises(ProfileImportError, match=rf"line {line}: 'Atlantis'"):
        plan_profile_import(text.encode())


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda t, d: t.replace("Local competences\n\n", "Local competences\n\n  • \n", 1),
            "an empty bullet point",
        ),
        (
            lambda t, d: "• A stray point\n" + t,
            "line 1: a bullet point comes before",
        ),
        (
            lambda t, d: t.replace(
                f"Key findings\n{d[0]['name']['en']}\n", "Key findings\nMigrant wrongs\n", 1
            ),
            "unknown domain 'Migrant wrongs'",
        ),
        (
            lambda t, d: t.replace(TITLES["en"], TITLES["en"].split(":")[0] + ":"),
            "the title names no local place",
        ),
    ],
)
@pytest.mark.django_db
def test_a_malformed_local_profile_is_refused_naming_its_line(domains, change, message):
    text = change(local_page(domains, "en", TITLES["en"]), domains)
    with pytest.raises(ProfileImportError, match=r"line \d+: ") as refused:
        plan_profile_import(text.encode())
    if message:
        assert message in str(refused.value)
    assert not Place.objects.filter(kind=Place.Kind.LOCAL).exists()


@pytest.mark.django_db
def test_the_command_imports_a_local_profile_by_its_place_code(domains, tmp_path, capsys):
    title = "Local Migration Governance Indicators Profile 2021: Municipality of Coto Brus"
    path = tmp_path / "coto-brus.txt"
    path.write_text(local_page(domains, "en", title), encoding="utf-8")
    call_command("import_profile", str(path), "--place", "CRI-COTO-BRUS")
    assert "Coto Brus (CRI-COTO-BRUS) 2021" in capsys.readouterr().out
    with pytest.raises(CommandError, match="coto-brus.txt: --place"):
        call_command("import_profile", str(path), "--place", "COTO")
