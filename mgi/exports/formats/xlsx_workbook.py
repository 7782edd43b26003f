"""XLSX: one workbook, an "about" sheet (licence, versions, date) and a sheet per table."""

from datetime import UTC

from mgi.exports.about import PACKAGE_NAME
from mgi.exports.formats.base import Exporter, converted, converters, no_progress
from mgi.exports.registry import register
from mgi.lib.spreadsheet_text import text_cell


def _naive_utc(value):
    # Excel has no time zones; the about sheet says the times are UTC.
    return value.astimezone(UTC).replace(tzinfo=None)


CONVERT = {"number": float, "datetime": _naive_utc}


@register
class XlsxExporter(Exporter):
    key = "xlsx"
    label = "XLSX"
    extension = "xlsx"
    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def write(self, tables, about, outdir, progress=no_progress):
        path = outdir / f"{PACKAGE_NAME}.xlsx"
        self.write_workbook(tables, about, path, progress)
        return [path]

    def write_workbook(self, tables, about, path, progress=no_progress) -> None:
        # Loaded here, not with the URL configuration that every process reads at start-up.
        from openpyxl import Workbook

        # write_only streams rows to disk: memory stays flat however many answers there are.
        workbook = Workbook(write_only=True)
        self._about_sheet(workbook, tables, about)
        for table in tables:
            sheet = workbook.create_sheet(title=table.name[:31])
            sheet.append(table.field_names)
            column_converters = converters(table, CONVERT)
            for row in progress(table.rows(), table):
                sheet.append(
                    [
                        text_cell(sheet, value) if isinstance(value, str) else value
                        for value in converted(row, column_converters)
                    ]
                )
        workbook.save(path)

    def _about_sheet(self, workbook, tables, about) -> None:
        sheet = workbook.create_sheet(title="about")
        sheet.append(["title", about.as_dict()["title"]])
        sheet.append(["licence", f"{about.licence['title']} ({about.licence['path']})"])
        sheet.append(["framework_versions", "; ".join(about.framework_versions)])
        sheet.append(["generated_at (UTC)", about.generated_at_text])
        sheet.append([])
        sheet.append(["sheet", "what it holds"])
        for table in tables:
            sheet.append([table.name, str(table.description)])
