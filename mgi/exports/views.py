"""/data/: the open-data page, and each download, made once per change of the published data."""

import json
import logging
from pathlib import Path

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from mgi.api.caching import conditional
from mgi.api.visibility import newest_published
from mgi.exports.about import LICENCE, PACKAGE_NAME, describe_export
from mgi.exports.catalogue import TABLES, TABLES_BY_NAME
from mgi.exports.formats.data_package import descriptor
from mgi.exports.registry import get_exporter, streaming_exporter_for
from mgi.exports.stored import stored_download
from mgi.operations.refusals import refusal

logger = logging.getLogger(__name__)


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
    filename = f"{PACKAGE_NAME}-{table.name}.{exporter.extension}"

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as out:
            out.writelines(exporter.stream(table, describe_export()))

    return _download(filename, write, f"{exporter.media_type}; charset=utf-8")


@conditional
def workbook_download(request):
    exporter = get_exporter("xlsx")
    filename = f"{PACKAGE_NAME}.xlsx"
    return _download(
        filename,
        lambda path: exporter.write_workbook(TABLES, describe_export(), path),
        exporter.media_type,
    )


def _download(filename: str, write, content_type: str) -> HttpResponse:
    try:
        kept = stored_download(filename, write)
    except OSError:
        logger.exception("could not make the download %s", filename)
        response = refusal(
            503,
            _(
                "This download cannot be made at the moment: the server's storage is full or "
                "read-only. Please try again later."
            ),
        )
        response["Retry-After"] = "300"
        return response
    return _licensed(FileResponse(kept.open("rb"), content_type=content_type), filename)


@conditional
def datapackage_descriptor(request):
    body = json.dumps(descriptor(TABLES, describe_export()), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Link"] = f'<{LICENCE["path"]}>; rel="license"'
    return response
