"""Every module here registers one export format."""

from mgi.exports.formats import (  # noqa: F401
    csv_tables,
    data_package,
    json_tables,
    open_sdg,
    sdmx_csv,
    xlsx_workbook,
)
