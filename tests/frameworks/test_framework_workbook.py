"""Frameworks as XLSX workbooks: the same fields as the YAML files, checked by the same rules."""

import io
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from mgi.frameworks.files import NATIONAL_FRAMEWORK, SDG_FRAMEWORK, read_framework_file
from mgi.frameworks.models import Framework, Indicator
from mgi.frameworks.workbook import write_framework_workbook

SAMPLE_FRAMEWORK = Path(__file__).parent / "data" / "framework-sample.yaml"


def sample_workbook() -> openpyxl.Workbook:
    data = read_framework_file(SAMPLE_FRAMEWORK).data
    return openpyxl.load_workbook(io.BytesIO(write_framework_workbook(data)))


def saved(book: openpyxl.Workbook, folder: Path) -> Path:
    path = folder / "framework.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("source", [NATIONAL_FRAMEWORK, SDG_FRAMEWORK], ids=lambda p: p.name)
def test_a_framework_written_as_a_workbook_reads_back_the_same(tmp_path, source):
    from_yaml = read_framework_file(source)
    workbook = tmp_path / "framework.xlsx"
    workbook.write_bytes(write_framework_workbook(from_yaml.data))

    from_workbook = read_framework_file(workbook)

    assert from_workbook.data == from_yaml.data
    assert from_workbook.checksum == from_yaml.checksum


@pytest.mark.django_db
def test_the_commands_write_a_workbook_that_loads_as_the_yaml_file_did(tmp_path):
    workbook = tmp_path / "national.xlsx"
    out = io.StringIO()
    call_command("framework_workbook", str(NATIONAL_FRAMEWORK), str(workbook), stdout=out)
    assert f"written to {workbook}" in out.getvalue()

    call_command("load_framework", str(workbook), stdout=io.StringIO())
    loaded = Framework.objects.get()
    count = Indicator.objects.filter(framework=loaded).count()
    again = io.StringIO()
    call_command("load_framework", str(NATIONAL_FRAMEWORK), stdout=again)

    assert loaded.code == "mgi-national"
    assert count == sum(
        len(area["indicators"])
        for domain in read_framework_file(NATIONAL_FRAMEWORK).data["domains"]
        for area in domain["areas"]
    )
    assert "unchanged" in again.getvalue()  # the same framework, whichever file it came from


@pytest.mark.django_db
def test_a_workbook_edited_in_a_spreadsheet_updates_the_framework(tmp_path):
    call_command("load_framework", str(SAMPLE_FRAMEWORK), stdout=io.StringIO())
    book = sample_workbook()
    book["indicators"]["E2"] = "Do non-nationals have equal access to emergency health care?"

    call_command("load_framework", str(saved(book, tmp_path)), stdout=io.StringIO())

    indicator = Indicator.objects.get(code="1a")
    assert indicator.question == {
        "en": "Do non-nationals have equal access to emergency health care?"
    }


def edit_cell(sheet: str, cell: str, value):
    def edit(book):
        book[sheet][cell] = value

    return edit


def drop_framework_row(field: str):
    def edit(book):
        sheet = book["framework"]
        row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == field)
        sheet.delete_rows(row[0].row)

    return edit


BROKEN_WORKBOOKS = [
    # (the edit, where the message says the problem is, words the message holds)
    (
        edit_cell("domains", "D6", "red"),
        "sheet 'domains', row 6, column D",
        ["domains[4] (domain 5)", "field 'colour'"],
    ),
    (
        edit_cell("indicators", "D2", "maybe"),
        "sheet 'indicators', row 2, column D",
        ["(indicator 1a)", "no scale 'maybe'"],
    ),
    (
        edit_cell("indicators", "E1", "questoin"),
        "sheet 'indicators', row 2, column E",
        ["(indicator 1a)", "unknown field 'questoin'"],
    ),
    (
        edit_cell("indicators", "C3", "1a"),
        "sheet 'indicators', row 3, column C",
        ["(indicator 1a)", "used twice"],
    ),
    (
        edit_cell("areas", "A3", 9),
        "sheet 'areas', row 3, column A",
        ["domain 9 is not in the sheet 'domains'"],
    ),
    (
        edit_cell("indicators", "B2", 4),
        "sheet 'indicators', row 2, column B",
        ["area 4 of this domain is not in the sheet 'areas'"],
    ),
    (drop_framework_row("version"), "sheet 'framework', row 1", ["'version' is missing"]),
    (
        edit_cell("scales", "C2", "all"),
        "sheet 'scales', row 2, column C",
        ["scales[0].options[0]", "field 'value'"],
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("edit", "where", "words"), BROKEN_WORKBOOKS)
def test_the_first_error_names_the_sheet_row_and_column_and_nothing_is_written(
    tmp_path, edit, where, words
):
    book = sample_workbook()
    edit(book)
    path = saved(book, tmp_path)

    with pytest.raises(CommandError) as caught:
        call_command("load_framework", str(path))

    message = str(caught.value)
    assert message.startswith(f"{path}, {where}:"), message
    for word in words:
        assert word in message
    assert Framework.objects.count() == 0


@pytest.mark.django_db
def test_a_workbook_without_a_sheet_is_refused_by_name(tmp_path):
    book = sample_workbook()
    del book["areas"]

    with pytest.raises(CommandError, match="no sheet 'areas'"):
        call_command("load_framework", str(saved(book, tmp_path)))


@pytest.mark.django_db
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "framework.xlsx"
    path.write_text("format: 1\n")

    with pytest.raises(CommandError, match="not an XLSX workbook"):
        call_command("load_framework", str(path))
    assert Framework.objects.count() == 0


@pytest.mark.django_db
def test_a_workbook_with_a_cell_far_away_is_refused_without_exhausting_memory(tmp_path):
    import tracemalloc

    from tests.lib.hostile_workbooks import far_cell_bomb

    buffer = io.BytesIO()
    sample_workbook().save(buffer)
    path = tmp_path / "framework.xlsx"
    path.write_bytes(far_cell_bomb(buffer.getvalue(), "xl/worksheets/sheet5.xml", "XFD1048576"))

    tracemalloc.start()
    try:
        with pytest.raises(CommandError) as caught:
            call_command("load_framework", str(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 100 * 1024 * 1024
    assert "sheet 'indicators': a value lies beyond column KN" in str(caught.value)
    assert Framework.objects.count() == 0


def test_texts_that_look_like_formulas_are_written_as_text_and_read_back_exactly(tmp_path):
    data = read_framework_file(SAMPLE_FRAMEWORK).data
    indicator = data["domains"][0]["areas"][0]["indicators"][0]
    indicator["question"] = "=Does the law\x0cprotect migrants?"
    path = tmp_path / "framework.xlsx"
    path.write_bytes(write_framework_workbook(data))

    book = openpyxl.load_workbook(path)
    cells = [cell for row in book["indicators"].iter_rows() for cell in row]
    assert "f" not in {cell.data_type for cell in cells}
    assert read_framework_file(path).data == data
