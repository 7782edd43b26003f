"""`mgi export`: every format holds the framework, published answers with sources, findings and
SDG 10.7.2 results, states its licence, and never holds a draft."""

import csv
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation
from frictionless import validate
from openpyxl import load_workbook

from mgi.assessments.models import Answer, Assessment, Source
from mgi.exports.about import LICENCE
from mgi.exports.catalogue import TABLES
from mgi.frameworks.models import Indicator
from mgi.places.services import get_or_create_country
from mgi.profiles.models import Finding
from mgi.results.models import PublishedSdgCategory
from tests.api.conftest import SECRET


@pytest.fixture
def open_data(published_chile, secret_drafts):
    peru = get_or_create_country("PER")
    for domain, category in [("PD_1", 3), ("_T", 2)]:
        PublishedSdgCategory.objects.create(
            place=peru, year=2019, domain=domain, category=category, source="UN DESA"
        )
    return published_chile


def _export(format_key: str, outdir) -> list[str]:
    out = StringIO()
    call_command("export", "--format", format_key, str(outdir), stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


def _csv_rows(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_the_csv_row_counts_match_the_database(open_data, tmp_path):
    _export("csv", tmp_path)

    published = Assessment.objects.newest_revisions()
    assert (
        len(_csv_rows(tmp_path / "answers.csv"))
        == Answer.objects.filter(assessment__in=published).count()
    )
    assert (
        len(_csv_rows(tmp_path / "sources.csv"))
        == Source.objects.filter(assessment__in=published).count()
    )
    assert (
        len(_csv_rows(tmp_path / "findings.csv"))
        == Finding.objects.filter(assessment__in=published).count()
    )
    assert len(_csv_rows(tmp_path / "indicators.csv")) == Indicator.objects.count()
    assert len(_csv_rows(tmp_path / "sdg_10_7_2.csv")) == 2
    assert len(_csv_rows(tmp_path / "answer_sources.csv")) == 1


def test_a_csv_export_states_its_licence_versions_and_date_beside_the_tables(open_data, tmp_path):
    _export("csv", tmp_path)

    about = json.loads((tmp_path / "about.json").read_text())

    assert about["licence"] == LICENCE
    assert "tiny 1" in about["framework_versions"]
    assert about["generated_at"].endswith("Z")


def test_the_answer_rows_carry_the_option_value_and_justification(open_data, tmp_path):
    _export("csv", tmp_path)

    answers = {row["indicator"]: row for row in _csv_rows(tmp_path / "answers.csv")}
    findings = _csv_rows(tmp_path / "findings.csv")

    assert answers["1.1.1"]["option"] == "complete"
    assert answers["1.1.1"]["value"] == "1"
    assert answers["2.1.1"]["value"] == "0.5"
    assert "polyclinic" in answers["1.1.1"]["justification"]
    assert any(f["text_es"].startswith("Chile abre") for f in findings)


def test_the_data_package_validates_with_frictionless(open_data, tmp_path):
    _export("datapackage", tmp_path)

    report = validate(tmp_path / "datapackage.json")

    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    package = json.loads((tmp_path / "datapackage.json").read_text())
    assert package["licenses"] == [LICENCE]
    assert "mgi-national 2025.1" in package["description"]
    assert {r["name"] for r in package["resources"]} == {t.name for t in TABLES}


def test_the_workbook_opens_and_says_its_licence(open_data, tmp_path):
    (path,) = [line for line in _export("xlsx", tmp_path) if line.endswith(".xlsx")]

    workbook = load_workbook(path, read_only=True)

    assert workbook.sheetnames == ["about", *(t.name for t in TABLES)]
    about = {row[0]: row[1] for row in workbook["about"].iter_rows(values_only=True) if row}
    assert LICENCE["path"] in about["licence"]
    assert "tiny 1" in about["framework_versions"]
    assert about["generated_at (UTC)"]
    answers = list(workbook["answers"].iter_rows(values_only=True))
    assert len(answers) == 1 + Answer.objects.filter(assessment=open_data).count()


def test_user_text_that_looks_like_a_formula_stays_text_in_the_workbook(open_data, tmp_path):
    Answer.objects.filter(assessment=open_data, indicator__code="1.1.1").update(
        justification='=HYPERLINK("http://evil.example")\x07'
    )
    (path,) = [line for line in _export("xlsx", tmp_path) if line.endswith(".xlsx")]

    cells = [
        cell
        for row in load_workbook(path)["answers"].iter_rows()
        for cell in row
        if isinstance(cell.value, str) and "HYPERLINK" in cell.value
    ]

    # Text, not a formula; the bell character is kept as the XLSX escape, as documented.
    assert [(c.data_type, c.value) for c in cells] == [
        ("s", '=HYPERLINK("http://evil.example")_x0007_')
    ]


def test_the_json_files_state_licence_versions_and_date(open_data, tmp_path):
    _export("json", tmp_path)

    findings = json.loads((tmp_path / "findings.json").read_text())

    assert findings["licence"] == LICENCE
    assert "tiny 1" in findings["framework_versions"]
    assert findings["generated_at"].endswith("Z")
    assert len(findings["rows"]) == Finding.objects.filter(assessment=open_data).count() == 2


@pytest.mark.parametrize("format_key", ["csv", "json", "xlsx", "datapackage"])
def test_no_draft_text_is_exported(open_data, tmp_path, format_key):
    written = _export(format_key, tmp_path)

    for path in tmp_path.iterdir():
        if path.suffix == ".xlsx":
            workbook = load_workbook(path, read_only=True)
            text = " ".join(
                str(value)
                for sheet in workbook
                for row in sheet.iter_rows(values_only=True)
                for value in row
            )
        else:
            text = path.read_text(encoding="utf-8")
        assert SECRET not in text.lower(), path.name
        assert "XSW" not in text, path.name
    assert written[-1].startswith(f"Licence: {LICENCE['title']}")


def test_the_profile_addresses_do_not_depend_on_the_language_in_use(open_data, tmp_path):
    with translation.override("fr"):
        _export("csv", tmp_path)

    urls = [row["profile_url"] for row in _csv_rows(tmp_path / "assessments.csv")]
    assert urls
    assert all(url.startswith("/profiles/") for url in urls)
