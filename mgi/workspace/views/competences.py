"""A local assessment's competences: which policy areas the local authority holds."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.assessments.competences import (
    answers_outside_a_held_competence,
    framework_competences,
    held_codes,
    recorded_competences,
    save_competences,
)
from mgi.assessments.errors import EditConflict, InvalidValue
from mgi.assessments.permissions import can_edit, require_edit
from mgi.lib.i18n_text import pick
from mgi.workspace.access import member_view
from mgi.workspace.forms import CompetencesForm


@member_view
def competences_page(request, assessment):
    language = get_language()
    competences = framework_competences(assessment)
    choices = [(c.code, pick(c.name, language)) for c in competences]
    record = recorded_competences(assessment)
    held = held_codes(record)
    version = record.version if record else 0
    form = CompetencesForm(
        initial={"version": version, "held": sorted(held or ())}, competences=choices
    )
    status = 200
    if request.method == "POST":
        require_edit(request.user, assessment)
        form = CompetencesForm(request.POST, competences=choices)
        if not form.is_valid():
            status = 400
        else:
            try:
                save_competences(
                    assessment,
                    form.cleaned_data["version"],
                    form.cleaned_data["held"],
                    request.user,
                )
            except InvalidValue as error:
                form.add_error(error.field, str(error))
                status = 400
            except EditConflict as error:
                # Keep the person's ticks, now based on the version they are about to see.
                data = request.POST.copy()
                current = recorded_competences(assessment)
                data["version"] = str(current.version if current else 0)
                form = CompetencesForm(data, competences=choices)
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("The competences are saved."))
                return redirect("workspace:competences", assessment.pk)
    return render(
        request,
        "workspace/competences.html",
        {
            "assessment": assessment,
            "form": form,
            "competences": choices,
            "held": held,
            "conflicting": answers_outside_a_held_competence(assessment),
            "editable": can_edit(request.user, assessment),
        },
        status=status,
    )
