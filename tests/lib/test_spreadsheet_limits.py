import io

import openpyxl
import pytest

from mgi.lib.spreadsheet_limits import SheetTooLarge, bounded_rows, open_workbook_for_reading


def reopened(book: openpyxl.Workbook):
    buffer = io.BytesIO()
    book.save(buffer)
    return open_workbook_for_reading(io.BytesIO(buffer.getvalue()))


def test_empty_formatted_cells_beyond_the_limits_are_ignored():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["a", "b"])
    sheet.append(["c", None])
    sheet["Z50"].number_format = "@"  # formatting a spreadsheet program left, no value

    rows = bounded_rows(reopened(book).active, max_rows=10, max_columns=5)

    assert rows == [("a", "b"), ("c", None)]


@pytest.mark.parametrize(("cell", "limit"), [("F1", "columns"), ("A11", "rows")])
def test_a_value_beyond_the_limits_is_refused_naming_the_sheet(cell, limit):
    book = openpyxl.Workbook()
    book.active.title = "Answers"
    book.active["A1"] = "a"
    book.active[cell] = "far"

    with pytest.raises(SheetTooLarge) as caught:
        bounded_rows(reopened(book).active, max_rows=10, max_columns=5)

    assert (caught.value.sheet, caught.value.limit) == ("Answers", limit)
