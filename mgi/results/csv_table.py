"""Read a small CSV file into rows that remember their line, refusing what cannot be read."""

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass


class CsvTableError(ValueError):
    """The file cannot be read as the expected table; the message starts with the line."""


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values[column]


def read_csv_table(
    raw: bytes, required: Sequence[str], optional: Sequence[str] = ()
) -> list[CsvRow]:
    """Rows of `raw` keyed by lower-case column name, values stripped; other columns ignored.

    Column names are matched case-insensitively. Blank lines are skipped; a row with more fields
    than the header is refused rather than silently cut.
    """
    text = _decode(raw)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        while header is not None and not any(cell.strip() for cell in header):
            header = next(reader, None)
        if header is None:
            raise CsvTableError(f"the file is empty (expected a header line {','.join(required)})")
        header_line = reader.line_num
        columns = _columns(header, header_line, required, optional)
        rows = []
        for fields in reader:
            if not any(cell.strip() for cell in fields):
                continue
            if len(fields) > len(header):
                raise CsvTableError(
                    f"line {reader.line_num}: {len(fields)} fields but the header has {len(header)}"
                )
            padded = fields + [""] * (len(header) - len(fields))
            values = {name: padded[index].strip() for name, index in columns.items()}
            rows.append(CsvRow(reader.line_num, values))
    except csv.Error as error:
        raise CsvTableError(f"line {reader.line_num}: not valid CSV: {error}") from None
    if not rows:
        raise CsvTableError(f"line {header_line}: no rows after the header")
    return rows


def _decode(raw: bytes) -> str:
    try:
        # utf-8-sig: spreadsheets often save CSV with a byte-order mark.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CsvTableError(f"line {line}: not UTF-8 text (byte {error.start})") from None


def _columns(
    header: list[str], line: int, required: Sequence[str], optional: Sequence[str]
) -> dict[str, int]:
    names = [cell.strip().lower() for cell in header]
    repeated = sorted({name for name in names if name and names.count(name) > 1})
    if repeated:
        raise CsvTableError(f"line {line}: repeated column {', '.join(repeated)}")
    missing = [name for name in required if name not in names]
    if missing:
        raise CsvTableError(
            f"line {line}: missing column {', '.join(missing)} (expected {','.join(required)})"
        )
    return {name: names.index(name) for name in (*required, *optional) if name in names}
