"""Read the rows of an uploaded XLSX sheet within row and column limits.

A sheet's size is whatever its file claims: one cell at XFD1048576 in a 15 KB upload makes any
reader that walks the rectangle up to the furthest cell build billions of empty cells. Sheets are
read streaming (openpyxl's read-only mode), their declared size is ignored, and a sheet holding
anything beyond the limits is refused as soon as that cell is met.
"""

# Cell places a sheet may span, empty ones included, before it is refused whatever it holds:
# a row of empty formatted cells out to column XFD costs as much to read as a full one.
CELL_BUDGET_PER_ALLOWED_CELL = 4


class SheetTooLarge(Exception):
    """A sheet holds a value beyond the limits; `limit` is 'rows', 'columns' or 'cells'."""

    def __init__(self, sheet: str, limit: str, allowed: int):
        self.sheet, self.limit, self.allowed = sheet, limit, allowed
        super().__init__(f"sheet '{sheet}' holds more than {allowed} {limit}")


def open_workbook_for_reading(source):
    """An XLSX workbook opened streaming (close it after use); formulas come back as their text."""
    from openpyxl import load_workbook

    # read_only streams each sheet instead of building every cell; data_only=False gives a
    # formula's own text ("=x"), which is what the person typed, not a cached result.
    return load_workbook(source, read_only=True, data_only=False)


def bounded_rows(sheet, max_rows: int, max_columns: int) -> list[tuple]:
    """The sheet's rows from the first, all as wide as the widest (at most `max_columns`), the
    empty ones at the end left out.

    Empty cells beyond the limits (formatting a spreadsheet program left behind) are ignored;
    a value beyond them raises SheetTooLarge.
    """
    sheet.reset_dimensions()  # the <dimension> the file declares may be anything
    budget = CELL_BUDGET_PER_ALLOWED_CELL * max_rows * max_columns
    rows: list[tuple] = []
    last_filled = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if not values:
            # A row the file leaves out: a hostile file leaves out a million, so this stays cheap.
            if number <= max_rows:
                rows.append(())
            continue
        budget -= len(values)
        if budget < 0:
            raise SheetTooLarge(sheet.title, "cells", max_rows * max_columns)
        if len(values) > max_columns and _any_filled(values[max_columns:]):
            raise SheetTooLarge(sheet.title, "columns", max_columns)
        filled = _any_filled(values)
        if number > max_rows:
            if filled:
                raise SheetTooLarge(sheet.title, "rows", max_rows)
            continue
        rows.append(tuple(values[:max_columns]))
        if filled:
            last_filled = number
    rows = rows[:last_filled]
    # Rows come as wide as their last cell; padded to one width, as a sheet's rows are.
    width = max((len(row) for row in rows), default=0)
    return [row + (None,) * (width - len(row)) for row in rows]


def _any_filled(values) -> bool:
    return any(value is not None and value != "" for value in values)
