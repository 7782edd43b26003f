"""Frictionless data package: the CSV files and a datapackage.json with a schema per table."""

import json

from mgi.exports.about import ATTRIBUTION, PACKAGE_NAME
from mgi.exports.formats.base import Exporter, no_progress
from mgi.exports.formats.csv_tables import CsvExporter
from mgi.exports.registry import register


def table_schema(table) -> dict:
    schema = {
        "fields": [
            {"name": f.name, "type": f.type, "description": str(f.description)}
            for f in table.fields
        ],
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(key.fields),
                "reference": {"resource": key.table, "fields": list(key.reference)},
            }
            for key in table.foreign_keys
        ]
    return schema


def descriptor(tables, about) -> dict:
    """The datapackage.json document; resource paths are relative to it."""
    return {
        "name": PACKAGE_NAME,
        "title": ATTRIBUTION,
        "licenses": [about.licence],
        "created": about.generated_at_text,
        "description": "Framework versions: " + "; ".join(about.framework_versions),
        "resources": [
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "title": str(table.title),
                "description": str(table.description),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "licenses": [about.licence],
                "schema": table_schema(table),
            }
            for table in tables
        ],
    }


@register
class DataPackageExporter(Exporter):
    key = "datapackage"
    label = "Data package"
    extension = "json"
    media_type = "application/json"

    def write(self, tables, about, outdir, progress=no_progress):
        tables = list(tables)
        written = CsvExporter().write_streamed(tables, about, outdir, progress)
        path = outdir / "datapackage.json"
        path.write_text(
            json.dumps(descriptor(tables, about), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        return [path, *written]
