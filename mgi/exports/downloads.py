"""The files of /data/: each name, and how to write it from the published data."""

from collections.abc import Callable
from pathlib import Path

from mgi.exports.about import PACKAGE_NAME, describe_export
from mgi.exports.catalogue import TABLES, TABLES_BY_NAME
from mgi.exports.registry import get_exporter, streaming_exporter_for

WORKBOOK = f"{PACKAGE_NAME}.xlsx"
TABLE_FORMATS = ("csv", "json")


def table_filename(table_name: str, extension: str) -> str:
    return f"{PACKAGE_NAME}-{table_name}.{extension}"


def download_writer(filename: str) -> Callable[[Path], None] | None:
    """How to write the named file to a path, or None for a name /data/ does not offer."""
    if filename == WORKBOOK:
        return lambda path: get_exporter("xlsx").write_workbook(TABLES, describe_export(), path)
    stem, _dot, extension = filename.rpartition(".")
    table = TABLES_BY_NAME.get(stem.removeprefix(f"{PACKAGE_NAME}-"))
    exporter = streaming_exporter_for(extension)
    if table is None or exporter is None or extension not in TABLE_FORMATS:
        return None

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as out:
            out.writelines(exporter.stream(table, describe_export()))

    return write


def every_download() -> list[str]:
    names = [table_filename(t.name, ext) for t in TABLES for ext in TABLE_FORMATS]
    return [*names, WORKBOOK]
