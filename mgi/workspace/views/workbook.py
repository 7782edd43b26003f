"""Download the questionnaire as XLSX, and upload it back: all edits or none."""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from mgi.assessments.errors import EditConflict
from mgi.assessments.permissions import require_edit
from mgi.assessments.workbook_export import export_workbook
from mgi.assessments.workbook_import import (
    MAX_ERRORS_SHOWN,
    MAX_WORKBOOK_BYTES,
    WorkbookError,
    apply_workbook,
    read_workbook,
)
from mgi.workspace.access import member_view

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@member_view
def workbook_download(request, assessment):
    response = HttpResponse(export_workbook(assessment, get_language()), content_type=XLSX)
    place, revision = assessment.place.url_code, assessment.revision
    name = f"mgi-{place}-{assessment.round_year}-r{revision}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@member_view
def workbook_upload(request, assessment):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    require_edit(request.user, assessment)
    upload = request.FILES.get("workbook")
    if upload is None:
        messages.error(request, _("Choose the workbook to upload."))
        return redirect("workspace:questionnaire", assessment.pk)
    if upload.size > MAX_WORKBOOK_BYTES:
        messages.error(request, _("The file is too large for a questionnaire workbook."))
        return redirect("workspace:questionnaire", assessment.pk)
    try:
        plan = read_workbook(assessment, upload.read())
    except WorkbookError as error:
        problems = error.problems
        context = {
            "assessment": assessment,
            "problems": problems,
            "shown": problems[:MAX_ERRORS_SHOWN],
            "hidden": max(0, len(problems) - MAX_ERRORS_SHOWN),
        }
        return render(request, "workspace/workbook_upload.html", context, status=400)
    if plan.is_empty:
        messages.info(request, _("The workbook holds no change."))
        return redirect("workspace:questionnaire", assessment.pk)
    try:
        done = apply_workbook(assessment, plan, request.user)
    except EditConflict as error:
        messages.error(request, str(error))
        return redirect("workspace:questionnaire", assessment.pk)
    answers, added, changed = done["answers"], done["sources_added"], done["sources_changed"]
    messages.success(
        request,
        _("The workbook is applied: %(answers)s, %(added)s, %(changed)s.")
        % {
            "answers": ngettext("%(n)d answer", "%(n)d answers", answers) % {"n": answers},
            "added": ngettext("%(n)d new source", "%(n)d new sources", added) % {"n": added},
            "changed": ngettext("%(n)d source changed", "%(n)d sources changed", changed)
            % {"n": changed},
        },
    )
    return redirect("workspace:questionnaire", assessment.pk)
