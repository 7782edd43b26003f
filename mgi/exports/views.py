"""/data/: the open-data page, and each download, streamed as it is made."""

import json
import tempfile
from pathlib import Path

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render

from mgi.api.caching import conditional
from mgi.api.visibility import newest_published
from mgi.exports.about import LICENCE, PACKAGE_NAME, describe_export
from mgi.exports.catalogue import TABLES, TABLES_BY_NAME
from mgi.exports.formats.data_package import descriptor
from mgi.exports.registry import get_exporter, streaming_exporter_for


def _licensed(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = f'<{LICENCE["path"]}>; rel="license"'
    return response


def data_page(request):
    about = describe_export()
    return render(
        request,
        "exports/data.html",
        {
            "about": about,
            "tables": [{"table": table, "rows": table.count()} for table in TABLES],
            "rounds": newest_published().count(),
            "streaming_formats": [get_exporter("csv"), get_exporter("json")],
        },
    )


@conditional
def table_download(request, name: str, extension: str):
    table = TABLES_BY_NAME.get(name)
    exporter = streaming_exporter_for(extension)
    if table is None or exporter is None:
        raise Http404("No such download.")
    response = StreamingHttpResponse(
        exporter.stream(table, describe_export()),
        content_type=f"{exporter.media_type}; charset=utf-8",
    )
    return _licensed(response, f"{PACKAGE_NAME}-{table.name}.{exporter.extension}")


@conditional
def workbook_download(request):
    exporter = get_exporter("xlsx")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{PACKAGE_NAME}.xlsx"
        exporter.write_workbook(TABLES, describe_export(), path)
        # Opened before the folder goes: the open file is streamed from disk, not from memory.
        workbook = path.open("rb")
    response = FileResponse(workbook, content_type=exporter.media_type)
    return _licensed(response, f"{PACKAGE_NAME}.xlsx")


@conditional
def datapackage_descriptor(request):
    body = json.dumps(descriptor(TABLES, describe_export()), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Link"] = f'<{LICENCE["path"]}>; rel="license"'
    return response
