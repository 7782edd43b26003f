"""SDG 10.7.2 for other platforms: open-sdg files that read back unchanged, and SDMX-CSV."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from mgi.results.models import PublishedSdgCategory

DOCS = Path(__file__).resolve().parents[2] / "docs" / "sdg-10-7-2.md"
CATEGORIES = """place,year,domain,category,source
CAN,2019,PD_1,3,Statistics Canada
CAN,2019,PD_2,4,Statistics Canada
CAN,2019,PD_3,4,Statistics Canada
CAN,2019,PD_4,4,Statistics Canada
CAN,2019,PD_5,4,Statistics Canada
CAN,2019,PD_6,4,Statistics Canada
CAN,2019,_T,3,Statistics Canada
CAN,2021,_T,3,UN SDG Global Database
ARM,2021,PD_1,2,Armenia SDG platform
ARM,2021,PD_2,2,Armenia SDG platform
ARM,2021,PD_3,3,Armenia SDG platform
ARM,2021,PD_4,2,Armenia SDG platform
ARM,2021,PD_5,3,Armenia SDG platform
ARM,2021,PD_6,2,Armenia SDG platform
PER,2019,_T,3,UN SDG Global Database
PER,2021,_T,4,UN SDG Global Database
"""


@pytest.fixture
def loaded(tmp_path, db):
    path = tmp_path / "categories.csv"
    path.write_text(CATEGORIES, encoding="utf-8")
    call_command("sdg1072", "import", str(path), stdout=io.StringIO())


def export(format_key, outdir):
    call_command("export", "--format", format_key, str(outdir), stdout=io.StringIO())


def stored():
    return sorted(
        PublishedSdgCategory.objects.values_list(
            "place__code", "year", "domain", "category", "source"
        )
    )


def documented_sdmx_columns() -> list[str]:
    text = DOCS.read_text()
    table = text.split("<!-- sdmx-csv columns: a test reads this table -->", 1)[1]
    rows = []
    for line in table.strip().splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append(re.match(r"\| `([A-Z_]+)` \|", line)[1])
    return rows


def test_the_open_sdg_export_reads_back_and_the_stored_data_is_unchanged(loaded, tmp_path):
    before = stored()
    outdir = tmp_path / "open-sdg"
    export("open-sdg", outdir)

    assert sorted(p.name for p in outdir.iterdir()) == ["ARM", "CAN", "PER"]
    for folder in outdir.iterdir():
        out = io.StringIO()
        call_command(
            "sdg1072",
            "import-open-sdg",
            str(folder / "indicator_10-7-2.csv"),
            "--place",
            folder.name,
            stdout=out,
        )
        assert " 0 created, 0 updated," in out.getvalue()

    assert stored() == before


def test_the_open_sdg_files_load_into_an_empty_database_as_the_same_categories(loaded, tmp_path):
    before = [row[:4] for row in stored()]
    outdir = tmp_path / "open-sdg"
    export("open-sdg", outdir)
    PublishedSdgCategory.objects.all().delete()

    for folder in sorted(outdir.iterdir()):
        call_command(
            "sdg1072",
            "import-open-sdg",
            str(folder / "indicator_10-7-2.csv"),
            "--place",
            folder.name,
            stdout=io.StringIO(),
        )

    assert [row[:4] for row in stored()] == before


def test_an_open_sdg_file_has_the_platforms_columns_and_the_overall_as_headline(loaded, tmp_path):
    export("open-sdg", tmp_path)

    with (tmp_path / "CAN" / "indicator_10-7-2.csv").open(encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["Year", "Policy domain", "Value"]
    assert rows[1] == ["2019", "Domain 1. Migrant rights", "3"]
    assert ["2019", "", "3"] in rows
    assert rows[-1] == ["2021", "", "3"]


def test_the_sdmx_csv_export_has_the_documented_columns_and_m49_areas(loaded, tmp_path):
    export("sdmx-csv", tmp_path)

    with (tmp_path / "SG_CPA_MIGRS.sdmx.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
        header = list(rows[0])
    columns = documented_sdmx_columns()
    assert "POLICY_DOMAIN" in columns and "REF_AREA" in columns
    assert header == columns
    assert len(rows) == PublishedSdgCategory.objects.count()
    assert {row["SERIES"] for row in rows} == {"SG_CPA_MIGRS"}
    peru = [row for row in rows if row["REF_AREA"] == "604"]
    assert {(row["TIME_PERIOD"], row["POLICY_DOMAIN"], row["OBS_VALUE"]) for row in peru} == {
        ("2019", "_T", "3"),
        ("2021", "_T", "4"),
    }
    canada = {row["POLICY_DOMAIN"] for row in rows if row["REF_AREA"] == "124"}
    assert canada == {"PD_1", "PD_2", "PD_3", "PD_4", "PD_5", "PD_6", "_T"}
    for row in rows:
        assert all(row[column] != "" for column in columns), row
