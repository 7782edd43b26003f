"""/data/: the open-data page, and each download, made once per change of the published data."""

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from mgi.api.caching import conditional
from mgi.assessments.models import Assessment
from mgi.exports.about import LICENCE, describe_export
from mgi.exports.catalogue import TABLES
from mgi.exports.downloads import WORKBOOK, download_writer, table_filename
from mgi.exports.formats.data_package import descriptor
from mgi.exports.registry import get_exporter, streaming_exporter_for
from mgi.exports.stored import ready_download
from mgi.exports.tasks import request_open_data
from mgi.lib.json_response import json_response
from mgi.operations.refusals import refusal

# The files of a few hundred profiles take seconds to a minute to make.
RETRY_AFTER_SECONDS = 30


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
            "rounds": Assessment.objects.newest_revisions().count(),
            "streaming_formats": [get_exporter("csv"), get_exporter("json")],
            "files_ready": ready_download(WORKBOOK) is not None,
        },
    )


@conditional
def table_download(request, name: str, extension: str):
    filename = table_filename(name, extension)
    exporter = streaming_exporter_for(extension)
    if download_writer(filename) is None or exporter is None:
        raise Http404("No such download.")
    return _download(filename, f"{exporter.media_type}; charset=utf-8")


@conditional
def workbook_download(request):
    return _download(WORKBOOK, get_exporter("xlsx").media_type)


def _download(filename: str, content_type: str) -> HttpResponse:
    """The kept file; while it is being made, a polite 503 that says when to come back."""
    path = ready_download(filename)
    if path is None:
        request_open_data()
        response = refusal(
            503,
            _(
                "This file is being made from the latest published data. It will be ready in "
                "about a minute: please try again then."
            ),
            reverse("exports:data"),
            _("Back to the open data"),
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return _licensed(FileResponse(path.open("rb"), content_type=content_type), filename)


@conditional
def datapackage_descriptor(request):
    response = json_response(descriptor(TABLES, describe_export()))
    response["Link"] = f'<{LICENCE["path"]}>; rel="license"'
    return response
