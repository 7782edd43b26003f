"""What an export format does: write every table to a folder, and maybe stream one table."""

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from mgi.exports.about import About
from mgi.exports.tables import Table

# Wraps a table's rows, e.g. in a progress bar; the default leaves them as they are.
Progress = Callable[[Iterable[tuple], Table], Iterable[tuple]]


def no_progress(rows: Iterable[tuple], table: Table) -> Iterable[tuple]:
    return rows


def decimal_text(value: Decimal | float) -> str:
    """1.00 -> "1", 0.50 -> "0.5": the shortest exact form."""
    if isinstance(value, float):
        return format(value, ".15g")
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def datetime_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def converters(table: Table, convert: dict[str, Callable]) -> list[tuple[int, Callable]]:
    """(column, function) for the columns whose type needs converting; the others pass as-is."""
    return [(i, convert[f.type]) for i, f in enumerate(table.fields) if f.type in convert]


def converted(row: tuple, column_converters: list[tuple[int, Callable]]) -> list:
    values = list(row)
    for index, convert in column_converters:
        if values[index] is not None:
            values[index] = convert(values[index])
    return values


def date_text(value: date) -> str:
    return value.isoformat()


class Exporter:
    key: str = ""
    label: str = ""
    extension: str = ""
    media_type: str = "application/octet-stream"
    # True when one table is one file that can be sent while it is being made.
    streams_tables: bool = False

    def write(
        self, tables: Iterable[Table], about: About, outdir: Path, progress: Progress = no_progress
    ) -> list[Path]:
        raise NotImplementedError

    def stream(self, table: Table, about: About, progress: Progress = no_progress) -> Iterator[str]:
        raise NotImplementedError(f"{self.key} does not stream single tables")

    def write_streamed(
        self, tables: Iterable[Table], about: About, outdir: Path, progress: Progress
    ) -> list[Path]:
        """One file per table, written from `stream` so files and downloads are identical."""
        written = []
        for table in tables:
            path = outdir / f"{table.name}.{self.extension}"
            with path.open("w", encoding="utf-8", newline="") as file:
                for chunk in self.stream(table, about, progress=progress):
                    file.write(chunk)
            written.append(path)
        return written
