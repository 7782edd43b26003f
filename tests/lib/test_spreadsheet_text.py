import io

import openpyxl
import pytest

from mgi.lib.spreadsheet_limits import bounded_rows, open_workbook_for_reading
from mgi.lib.spreadsheet_text import neutralised, put_text, restored, text_from_cell

TEXTS = [
    '=HYPERLINK("http://example.org","click")',
    "+1",
    "-- a list item",
    "@SUM(A1)",
    "\tindented",
    "\rreturn",
    "'=already marked",
    "'quoted'",
    "plain text",
    "a form\x0cfeed and a bell\x07",
    "_x000C_ written out, and _x005F_ too",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_csv_text_is_never_a_formula_and_restores_exactly(text):
    written = neutralised(text)

    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restored(written) == text


def test_workbook_texts_are_text_cells_and_read_back_exactly():
    book = openpyxl.Workbook()
    for row, text in enumerate(TEXTS, start=1):
        put_text(book.active.cell(row=row, column=1), text)
    buffer = io.BytesIO()
    book.save(buffer)

    reopened = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
    assert {cell.data_type for (cell,) in reopened.active.iter_rows(max_row=len(TEXTS) - 1)} == {
        "s"
    }
    assert reopened.active["A1"].quotePrefix
    rows = bounded_rows(open_workbook_for_reading(io.BytesIO(buffer.getvalue())).active, 50, 5)
    assert [text_from_cell(value) or "" for (value,) in rows] + [""] * (
        len(TEXTS) - len(rows)
    ) == TEXTS
