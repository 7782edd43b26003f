"""People's text in spreadsheet cells and CSV files: never a live formula, never a broken file,
and read back exactly as it was written.

Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
spreadsheet programs (a CSV opened in one included). In a CSV such text gets a leading
apostrophe, which spreadsheet programs take as "this is text" and hide; text that already starts
with an apostrophe gets one more, so that `restored` gives back exactly what was written.

In an XLSX workbook the text is stored as a text cell marked "quote prefix", which keeps it text
even when someone edits the cell. Characters XML cannot hold (form feed and the other control
characters but tab and line feed), and carriage returns, which XML readers turn into line feeds,
are written in the workbook format's own escape, `_x000C_`, which spreadsheet programs show as
the character itself; a literal `_x` that would read as such an escape has its underscore
escaped (`_x005F_`). `text_from_cell` undoes both.
"""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TEXT_MARK = "'"

# What openpyxl refuses in a cell, the two code points XML 1.0 forbids at the top of the BMP, and
# the carriage return, which XML readers turn into a line feed.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_LOOKS_ESCAPED = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def runs_as_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralised(text: str) -> str:
    """Text for a CSV cell: marked as text where a spreadsheet would run it."""
    if runs_as_formula(text) or text.startswith(CSV_TEXT_MARK):
        return CSV_TEXT_MARK + text
    return text


def restored(text: str) -> str:
    """The text `neutralised` was given."""
    rest = text[len(CSV_TEXT_MARK) :]
    if text.startswith(CSV_TEXT_MARK) and (runs_as_formula(rest) or rest.startswith(CSV_TEXT_MARK)):
        return rest
    return text


def neutralised_row(values) -> list:
    """A CSV row with its texts neutralised; numbers, dates and empty cells as they are."""
    return [neutralised(value) if isinstance(value, str) else value for value in values]


def _escaped(text: str) -> str:
    text = _LOOKS_ESCAPED.sub("_x005F_", text)
    return _UNWRITABLE.sub(lambda match: f"_x{ord(match[0]):04X}_", text)


def put_text(cell, text: str) -> None:
    """Write text into an openpyxl cell (of a workbook or write-only sheet) as text, exactly."""
    cell.value = _escaped(text)
    cell.data_type = "s"  # what openpyxl would otherwise take for a formula stays text
    if runs_as_formula(text):
        cell.quotePrefix = True  # and stays text when the cell is edited in a spreadsheet


def text_cell(sheet, text: str):
    """A write-only sheet's cell holding the text, as put_text writes it."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    put_text(cell, text)
    return cell


def text_from_cell(value):
    """A cell's value as read back: the text put_text wrote (other values as they are)."""
    if isinstance(value, str) and "_x" in value:
        return _ESCAPE.sub(lambda match: chr(int(match[1], 16)), value)
    return value
