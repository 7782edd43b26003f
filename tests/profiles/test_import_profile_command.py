import dataclasses
import io
import json
import re

import pytest
from django.core.management import CommandError, call_command

from mgi.assessments.models import Assessment, AuditRecord
from mgi.frameworks.files import NATIONAL_FRAMEWORK
from mgi.frameworks.loading import load_framework
from mgi.frameworks.models import Framework
from mgi.places.models import Place
from mgi.places.services import get_or_create_country
from mgi.profiles.importing import import_profile, plan_profile_import
from mgi.profiles.models import Finding, Profile

SEED_COUNTS = {  # domain -> (well-developed, potential)
    1: (3, 1),
    2: (3, 0),
    3: (3, 1),
    4: (3, 2),
    5: (3, 1),
    6: (3, 1),
}
BULLETS = re.compile(r"^\s*[•●]\s*(.+?)\s*$")


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_profile", *args, stdout=out)
    return out.getvalue()


def database_rows() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in (Framework, Place, Assessment, Profile, Finding, AuditRecord)
    }


def bullets_in(path) -> list[str]:
    """The seed's bullet texts, read independently of the importer, whitespace normalised."""
    text = path.read_text(encoding="utf-8").replace("\u00a0", " ")
    return [" ".join(m[1].split()) for line in text.splitlines() if (m := BULLETS.match(line))]


@pytest.mark.django_db
def test_a_dry_run_prints_the_seeds_structure_as_json_and_writes_nothing(seed_path):
    payload = json.loads(run(str(seed_path), "--dry-run", "--json"))

    assert database_rows() == dict.fromkeys(database_rows(), 0)
    assert payload["place"] == {"code": "PER", "name": "Peru", "kind": "country"}
    assert (payload["round"], payload["date"]) == (2019, "2019-12")
    assert payload["title"] == "Migration Governance Profile: The Republic of Peru"
    assert payload["introduction"].startswith("This country Profile describes examples")
    assert "Click the icons" not in payload["introduction"]
    assert payload["status"] == "published"
    counts = {
        d["number"]: (len(d["well_developed"]), len(d["potential"])) for d in payload["domains"]
    }
    assert counts == SEED_COUNTS
    texts = [
        f["text"] for d in payload["domains"] for k in ("well_developed", "potential") for f in d[k]
    ]
    assert texts == bullets_in(seed_path)
    assert all(
        f["indicators"]
        for d in payload["domains"]
        for k in ("well_developed", "potential")
        for f in d[k]
    )


@pytest.mark.django_db
def test_it_imports_a_published_profile_and_logs_it(seed_path):
    output = run(str(seed_path))

    assert output.startswith("created (revision 1): Peru (PER) 2019")
    assessment = Assessment.objects.get()
    assert (assessment.place.code, assessment.round_year, assessment.month) == ("PER", 2019, 12)
    assert assessment.status == Assessment.Status.PUBLISHED
    assert Finding.objects.filter(assessment=assessment).count() == 24
    potential = Finding.objects.filter(assessment=assessment, kind="potential", domain__number=4)
    assert [f.order for f in potential] == [1, 2]
    assert list(potential[0].indicators.values_list("code", flat=True)) == ["4.4.2"]
    record = AuditRecord.objects.get()
    assert (record.action, record.via, record.assessment) == (
        "import_profile",
        "import_profile",
        assessment,
    )
    assert len(record.after["domains"]) == 6


@pytest.mark.django_db
def test_importing_the_same_file_again_changes_nothing(seed_path):
    run(str(seed_path))
    before = database_rows()

    output = run(str(seed_path))

    assert output.startswith("unchanged (revision 1)")
    assert database_rows() == before


@pytest.mark.django_db
def test_different_text_for_a_published_round_becomes_a_new_revision(seed_path, tmp_path):
    run(str(seed_path))
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(
        seed_path.read_text(encoding="utf-8").replace("eight countries", "nine countries")
    )

    output = run(str(corrected))

    assert output.startswith("revised (revision 2)")
    first, second = Assessment.objects.order_by("revision")
    assert "eight countries" in str(list(first.findings.values_list("text", flat=True)))
    assert "nine countries" in str(list(second.findings.values_list("text", flat=True)))


@pytest.mark.django_db
@pytest.mark.parametrize("published_first", [True, False])
def test_a_round_with_a_draft_in_the_workspace_takes_no_imported_page(
    seed_path, tmp_path, published_first
):
    if published_first:
        run(str(seed_path))
    revision = 2 if published_first else 1
    Assessment.objects.create(
        place=get_or_create_country("PER"),
        framework=load_framework(NATIONAL_FRAMEWORK).framework,
        round_year=2019,
        revision=revision,
        status=Assessment.Status.GOVERNMENT_REVIEW,
    )
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(
        seed_path.read_text(encoding="utf-8").replace("eight countries", "nine countries")
    )
    before = database_rows()

    with pytest.raises(CommandError) as refusal:
        run(str(corrected))

    assert f"has a draft in the workspace (revision {revision}, government review)" in str(
        refusal.value
    )
    assert database_rows() == before


@pytest.mark.django_db
def test_place_and_round_can_be_given(seed_path):
    payload = json.loads(
        run(str(seed_path), "--place", "CHL", "--round", "2021", "--dry-run", "--json")
    )

    assert payload["place"]["code"] == "CHL"
    assert (payload["round"], payload["date"]) == (2021, "2019-12")


BROKEN_INPUTS = {
    "empty file": (b"", "line 1: the file is empty"),
    "no title": (
        "Key findings\nMigrants' rights\nMigration Governance: examples of well-developed areas:\n"
        "• A finding.\n".encode(),
        "no title line",
    ),
    "bullet before any domain": (
        "Key findings\nIntroduction\nSome text.\n• Too early\n".encode(),
        "line 4: a bullet point comes before any domain",
    ),
    "unknown domain": (
        b"Key findings\nIntroduction\nText.\n\nKey findings\nMigrant welfare\n",
        "line 6: unknown domain 'Migrant welfare'",
    ),
    "binary garbage": (bytes(range(256)) * 8, "binary"),
    "invalid UTF-8": (b"Key findings\nIntroduction\n" + b"\xc3\x28\xa0\xa1", "line 3: not UTF-8"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", BROKEN_INPUTS, ids=list(BROKEN_INPUTS))
def test_broken_inputs_are_refused_with_a_clear_message_and_nothing_is_written(tmp_path, case):
    raw, expected = BROKEN_INPUTS[case]
    path = tmp_path / "profile.txt"
    path.write_bytes(raw)
    before = database_rows()

    with pytest.raises(CommandError) as caught:
        run(str(path))

    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)
    assert database_rows() == before


@pytest.mark.django_db
def test_a_profile_missing_a_domain_is_refused(seed_path, tmp_path):
    text = seed_path.read_text(encoding="utf-8")
    start = text.index("Key findings\nMobility dimensions of crises")
    end = text.index("Key findings\nSafe, orderly")
    path = tmp_path / "five-domains.txt"
    path.write_text(text[:start] + text[end:], encoding="utf-8")

    with pytest.raises(CommandError, match="no key findings for domain 5 'Mobility dimensions"):
        run(str(path))


@pytest.mark.django_db
def test_a_place_the_title_does_not_identify_is_refused_with_advice(seed_path, tmp_path):
    path = tmp_path / "atlantis.txt"
    path.write_text(
        seed_path.read_text(encoding="utf-8").replace("The Republic of Peru", "Atlantis"),
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match=r"line \d+: 'Atlantis' is not a country.*--place"):
        run(str(path))


@pytest.mark.django_db
def test_a_failure_while_writing_leaves_nothing_behind(seed_path):
    plan = plan_profile_import(seed_path.read_bytes())
    unknown_place = dataclasses.replace(plan, place={**plan.place, "code": "ZZZ"})

    with pytest.raises(ValueError, match="ZZZ"):
        import_profile(unknown_place)

    # The framework load that the import started is rolled back with the rest.
    assert database_rows() == dict.fromkeys(database_rows(), 0)


@pytest.mark.django_db
def test_a_file_above_the_size_cap_is_refused_before_it_is_read(demo_profile_path, tmp_path):
    huge = tmp_path / "profile.txt"
    text = demo_profile_path.read_text(encoding="utf-8")
    huge.write_text(text + "\n" + "padding line\n" * 200_000, encoding="utf-8")
    before = database_rows()

    with pytest.raises(CommandError, match=r"profile\.txt: larger than 2 MB"):
        run(str(huge))

    assert database_rows() == before
