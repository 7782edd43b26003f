"""JSON: one file per table, an object with the licence and metadata, and the rows as objects."""

import json

from mgi.exports.formats.base import (
    Exporter,
    converted,
    converters,
    date_text,
    datetime_text,
    no_progress,
)
from mgi.exports.registry import register

ROWS_PER_CHUNK = 500
CONVERT = {"number": float, "datetime": datetime_text, "date": date_text}


@register
class JsonExporter(Exporter):
    key = "json"
    label = "JSON"
    extension = "json"
    media_type = "application/json"
    streams_tables = True

    def write(self, tables, about, outdir, progress=no_progress):
        return self.write_streamed(tables, about, outdir, progress)

    def stream(self, table, about, progress=no_progress):
        # Written piece by piece so that a large table never sits in memory as one document.
        head = {**about.as_dict(), "table": table.name, "fields": table.field_names}
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": ['
        names = table.field_names
        column_converters = converters(table, CONVERT)
        chunk = []
        for number, row in enumerate(progress(table.rows(), table)):
            record = dict(zip(names, converted(row, column_converters), strict=True))
            separator = "\n" if number == 0 else ",\n"
            chunk.append(separator + json.dumps(record, ensure_ascii=False))
            if len(chunk) == ROWS_PER_CHUNK:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk) + "\n]}\n"
