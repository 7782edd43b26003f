"""Start an assessment of a local place: find it in the gazetteer, pick it, start."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from mgi.assessments.errors import AssessmentError, InvalidValue
from mgi.assessments.permissions import can_create_assessments
from mgi.places.gazetteer import find_local_place_candidates
from mgi.places.services import UnknownPlace
from mgi.profiles.local_rounds import create_local_assessment
from mgi.workspace.local_forms import LocalAssessmentForm, LocalPlaceSearchForm


@login_required
def local_assessment_new(request):
    if not can_create_assessments(request.user):
        return render(
            request,
            "workspace/refused.html",
            {"message": _("You may not create assessments.")},
            status=403,
        )
    searched = "country" in request.GET or "q" in request.GET
    search = LocalPlaceSearchForm(request.GET if searched else None)
    candidates = []
    if search.is_valid():
        try:
            candidates = find_local_place_candidates(
                search.cleaned_data["country"], search.cleaned_data["q"]
            )
        except UnknownPlace as error:
            search.add_error(
                "country",
                _("Country: “%(value)s” is refused (%(reason)s).")
                % {"value": search.cleaned_data["country"], "reason": error},
            )
    pick = LocalAssessmentForm(
        request.POST if request.method == "POST" else None, candidates=candidates
    )
    if request.method == "POST" and pick.is_valid():
        try:
            assessment = create_local_assessment(
                pick.cleaned_data["candidate"],
                pick.cleaned_data["framework"],
                pick.cleaned_data["round_year"],
                request.user,
            )
        except InvalidValue as error:
            pick.add_error(error.field, str(error))
        except AssessmentError as error:
            pick.add_error(None, str(error))
        else:
            messages.success(request, _("The assessment is created; you are its coordinator."))
            return redirect("workspace:assessment", assessment.pk)
    chosen = pick.data.get("candidate", "") if pick.is_bound else ""
    context = {
        "search": search,
        "searched": searched and search.is_valid(),
        "candidates": candidates,
        "chosen": chosen,
        "pick": pick,
    }
    refused = search.errors or (pick.is_bound and pick.errors)
    return render(
        request, "workspace/assessment_new_local.html", context, status=400 if refused else 200
    )
