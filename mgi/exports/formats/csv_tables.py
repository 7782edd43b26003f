"""CSV: one UTF-8 file per table, a header row, then one row per record."""

import csv
import io
import json

from mgi.exports.formats.base import (
    Exporter,
    converted,
    converters,
    date_text,
    datetime_text,
    decimal_text,
    no_progress,
)
from mgi.exports.registry import register
from mgi.lib.spreadsheet_text import neutralised

ROWS_PER_CHUNK = 1000
CONVERT = {"number": decimal_text, "datetime": datetime_text, "date": date_text}


@register
class CsvExporter(Exporter):
    key = "csv"
    label = "CSV"
    extension = "csv"
    media_type = "text/csv"
    streams_tables = True

    def write(self, tables, about, outdir, progress=no_progress):
        # A CSV file has no place for its licence: about.json beside the tables states it.
        written = self.write_streamed(tables, about, outdir, progress)
        path = outdir / "about.json"
        path.write_text(json.dumps(about.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return [*written, path]

    def stream(self, table, about, progress=no_progress):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.field_names)
        # Texts a spreadsheet would run as formulas are marked as text (see spreadsheet_text).
        column_converters = converters(table, CONVERT) + [
            (index, neutralised) for index, f in enumerate(table.fields) if f.type == "string"
        ]
        chunk = []
        for row in progress(table.rows(), table):
            chunk.append(converted(row, column_converters) if column_converters else row)
            if len(chunk) == ROWS_PER_CHUNK:
                writer.writerows(chunk)
                chunk.clear()
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        writer.writerows(chunk)
        yield buffer.getvalue()
