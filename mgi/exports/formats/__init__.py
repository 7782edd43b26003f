"""Every module here registers one export format."""

from mgi.exports.formats import csv_tables, data_package, json_tables, xlsx_workbook  # noqa: F401
