"""open-sdg: per country, the `indicator_10-7-2.csv` a national SDG platform takes as it is."""

import csv

from mgi.exports.catalogue import TABLES_BY_NAME
from mgi.exports.formats.base import Exporter, no_progress
from mgi.exports.registry import register
from mgi.results.sdg1072_open_sdg import open_sdg_rows

SDG_TABLE = "sdg_10_7_2"
FILE_NAME = "indicator_10-7-2.csv"


def categories_by_place(progress=no_progress) -> dict[str, list[tuple[int, str, int]]]:
    """Place code -> (year, domain, category) of every published SDG 10.7.2 category."""
    table = TABLES_BY_NAME[SDG_TABLE]
    by_place: dict[str, list[tuple[int, str, int]]] = {}
    for code, _name, year, domain, category, _source in progress(table.rows(), table):
        by_place.setdefault(code, []).append((year, domain, category))
    return by_place


@register
class OpenSdgExporter(Exporter):
    key = "open-sdg"
    label = "open-sdg"
    extension = "csv"
    media_type = "text/csv"

    def write(self, tables, about, outdir, progress=no_progress):
        # One folder per country, named by its ISO 3166 alpha-3 code, holding the file as an
        # open-sdg data repository keeps it (data/indicator_10-7-2.csv there).
        written = []
        for code, categories in sorted(categories_by_place(progress).items()):
            folder = outdir / code
            folder.mkdir(exist_ok=True)
            path = folder / FILE_NAME
            with path.open("w", encoding="utf-8", newline="") as file:
                csv.writer(file, lineterminator="\n").writerows(open_sdg_rows(categories))
            written.append(path)
        return written
