"""An assessment's sources: laws, policies, agreements, reports and websites, reused by answers."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from mgi.assessments.answers import SourceFields, add_source, edit_source
from mgi.assessments.errors import EditConflict, InvalidValue
from mgi.assessments.models import Source
from mgi.assessments.permissions import can_edit, require_edit
from mgi.workspace.access import member_view
from mgi.workspace.forms import SourceForm


def _fields(form) -> SourceFields:
    return SourceFields(**{k: v for k, v in form.cleaned_data.items() if k != "version"})


@member_view
def sources(request, assessment):
    form = SourceForm(request.POST or None)
    if request.method == "POST":
        require_edit(request.user, assessment)
    if request.method == "POST" and form.is_valid():
        try:
            add_source(assessment, _fields(form), request.user)
        except InvalidValue as error:
            form.add_error(error.field, str(error))
        else:
            messages.success(request, _("The source is added."))
            return redirect("workspace:sources", assessment.pk)
    return render(
        request,
        "workspace/sources.html",
        {
            "assessment": assessment,
            "sources": assessment.sources.prefetch_related("answers__indicator").order_by("title"),
            "form": form,
            "editable": can_edit(request.user, assessment),
        },
        status=400 if form.errors else 200,
    )


@member_view
def source_edit(request, assessment, source_id: int):
    source = get_object_or_404(Source, assessment=assessment, pk=source_id)
    initial = {
        f: getattr(source, f) for f in ("title", "kind", "citation", "url", "date", "version")
    }
    form = SourceForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        require_edit(request.user, assessment)
    if request.method == "POST" and not form.is_valid():
        status = 400
    if request.method == "POST" and form.is_valid():
        try:
            edit_source(source, form.cleaned_data["version"] or 0, _fields(form), request.user)
        except InvalidValue as error:
            form.add_error(error.field, str(error))
            status = 400
        except EditConflict as error:
            messages.error(request, str(error))
            status = 409
        else:
            messages.success(request, _("The source is saved."))
            return redirect("workspace:sources", assessment.pk)
    return render(
        request,
        "workspace/source_edit.html",
        {
            "assessment": assessment,
            "source": source,
            "form": form,
            "editable": can_edit(request.user, assessment),
        },
        status=status,
    )
