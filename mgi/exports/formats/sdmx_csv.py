"""SDMX-CSV of the UN SDG series SG_CPA_MIGRS, with the UN SDG data structure's column names.

The columns are listed, with their meaning, in docs/sdg-10-7-2.md; a test reads that list.
"""

import csv

from mgi.exports.catalogue import TABLES_BY_NAME
from mgi.exports.formats.base import Exporter, no_progress
from mgi.exports.registry import register
from mgi.places.m49 import m49_code

FILE_NAME = "SG_CPA_MIGRS.sdmx.csv"
SDG_TABLE = "sdg_10_7_2"
DATAFLOW = "IAEG-SDGs:DF_SDG_GLH(1.0)"
SERIES = "SG_CPA_MIGRS"
COLUMNS = (
    "DATAFLOW",
    "FREQ",
    "REPORTING_TYPE",
    "SERIES",
    "REF_AREA",
    "POLICY_DOMAIN",
    "TIME_PERIOD",
    "OBS_VALUE",
    "UNIT_MEASURE",
    "UNIT_MULT",
    "OBS_STATUS",
    "NATURE",
    "SOURCE_DETAIL",
)


def sdmx_rows(rows):
    """The SDG table's rows (place, name, year, domain, category, source) as SDMX-CSV rows."""
    for code, _name, year, domain, category, source in rows:
        area = m49_code(code)
        if area is None:
            continue  # a place without an M49 code cannot be a reference area
        # FREQ A: annual; REPORTING_TYPE G: global data; UNIT_MEASURE NUMBER with UNIT_MULT 0:
        # the category code itself; OBS_STATUS A: normal value; NATURE C: country data.
        yield (
            DATAFLOW,
            "A",
            "G",
            SERIES,
            area,
            domain,
            year,
            category,
            "NUMBER",
            0,
            "A",
            "C",
            source,
        )


@register
class SdmxCsvExporter(Exporter):
    key = "sdmx-csv"
    label = "SDMX-CSV"
    extension = "csv"
    media_type = "text/csv"

    def write(self, tables, about, outdir, progress=no_progress):
        table = TABLES_BY_NAME[SDG_TABLE]
        path = outdir / FILE_NAME
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(COLUMNS)
            writer.writerows(sdmx_rows(progress(table.rows(), table)))
        return [path]
