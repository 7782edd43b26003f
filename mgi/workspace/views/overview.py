"""The workspace home, creating assessments, and an assessment's overview, team and phases."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.assessments.creation import add_member, remove_member
from mgi.assessments.errors import (
    AssessmentError,
    EditConflict,
    InvalidValue,
    NotAllowed,
    NotFound,
    NotReady,
    ReasonRequired,
)
from mgi.assessments.models import Assessment
from mgi.assessments.permissions import can_create_assessments, can_manage_team, role_of
from mgi.assessments.workflow import available_moves, find_move
from mgi.operations.background_work import background_work_states
from mgi.places.services import UnknownPlace, get_or_create_country
from mgi.profiles.digest import content_digest
from mgi.profiles.publication import latest_approval, take_step
from mgi.profiles.readiness import assess_readiness
from mgi.profiles.rounds import create_assessment, start_correction
from mgi.workspace.access import member_view
from mgi.workspace.forms import AssessmentCreateForm, CorrectionForm, MemberForm, TransitionForm
from mgi.workspace.inbox import build_inbox
from mgi.workspace.progress import answer_progress
from mgi.workspace.results import build_workspace_results
from mgi.workspace.waiting import memberships_of, waiting_items

# The newest inbox entries the dashboard shows; the inbox page has them all.
DASHBOARD_ENTRIES = 5
# The phases in their order, the last one "published".
PHASES = list(Assessment.Status)


@login_required
def dashboard(request):
    entries = [entry for group in build_inbox(request.user) for entry in group.entries]
    return render(
        request,
        "workspace/dashboard.html",
        {
            "inbox_latest": sorted(entries, key=lambda e: e.at, reverse=True)[:DASHBOARD_ENTRIES],
            "inbox_total": len(entries),
            # The header's count, already known: the inbox is not built twice for this page.
            "inbox_count": len(entries),
            "waiting": waiting_items(request.user),
            "memberships": memberships_of(request.user),
            "can_create": can_create_assessments(request.user),
        },
    )


@login_required
def assessment_new(request):
    if not can_create_assessments(request.user):
        return render(
            request,
            "workspace/refused.html",
            {"message": _("You may not create assessments.")},
            status=403,
        )
    form = AssessmentCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            place = get_or_create_country(form.cleaned_data["place"])
            assessment = create_assessment(
                place, form.cleaned_data["framework"], form.cleaned_data["round_year"], request.user
            )
        except UnknownPlace as error:
            form.add_error(
                "place",
                _("Country: “%(value)s” is refused (%(reason)s).")
                % {"value": form.cleaned_data["place"], "reason": error},
            )
        except AssessmentError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The assessment is created; you are its coordinator."))
            return redirect("workspace:assessment", assessment.pk)
    return render(
        request, "workspace/assessment_new.html", {"form": form}, status=400 if form.errors else 200
    )


def phase_steps(assessment) -> list[dict]:
    phase_index = PHASES.index(assessment.status)
    return [
        {
            "code": p,
            "label": Assessment.Status(p).label,
            "done": i < phase_index,
            "current": i == phase_index,
        }
        for i, p in enumerate(PHASES)
    ]


@member_view
def assessment_overview(request, assessment):
    return _overview_page(request, assessment)


def _overview_page(request, assessment, member_form=None, status=200):
    """The overview; `member_form`, a refused team change, keeps what was typed."""
    moves = available_moves(request.user, assessment)
    published = assessment.is_published
    return render(
        request,
        "workspace/assessment.html",
        {
            "assessment": assessment,
            "role": role_of(request.user, assessment),
            "phases": phase_steps(assessment),
            "progress": answer_progress(assessment, get_language()),
            "forward_moves": [m for m in moves if not m.backward],
            "backward_moves": [m for m in moves if m.backward],
            "readiness": None if published else assess_readiness(assessment, get_language()),
            "approval": latest_approval(assessment),
            "transitions": assessment.transitions.select_related("actor"),
            "members": assessment.memberships.select_related("user"),
            "can_manage_team": can_manage_team(request.user, assessment),
            "member_form": member_form or MemberForm(),
            "correction_form": CorrectionForm(),
            "revisions": Assessment.objects.filter(
                place=assessment.place, round_year=assessment.round_year
            ).order_by("revision"),
            "results": build_workspace_results(assessment, get_language()),
            "background_states": background_work_states()
            if published and can_create_assessments(request.user)
            else None,
        },
        status=status,
    )


@member_view
def assessment_move(request, assessment):
    """GET: the step to confirm, with the checklist as it stands. POST: take the step."""
    target = request.POST.get("target") or request.GET.get("target", "")
    move = find_move(assessment.status, target)
    if move is None:
        messages.error(request, _("This step is not open from the assessment's phase."))
        return redirect("workspace:assessment", assessment.pk)
    if move not in available_moves(request.user, assessment):
        raise NotAllowed(_("Your role does not take this step: %(step)s.") % {"step": move.label})
    if request.method != "POST":
        initial = {"target": target}
        if target == Assessment.Status.VALIDATED:
            initial["digest"] = content_digest(assessment)
        form = TransitionForm(initial=initial, backward=move.backward)
        return _confirmation(request, assessment, move, form)
    backward = move.backward
    form = TransitionForm(request.POST, backward=backward)
    refusal = None
    if form.is_valid():
        try:
            take_step(
                assessment,
                target,
                request.user,
                form.cleaned_data["note"],
                seen_digest=form.cleaned_data["digest"],
            )
        except ReasonRequired as error:
            form.add_error(error.field, str(error))
        except (NotReady, EditConflict) as error:
            refusal = error
        else:
            messages.success(request, _("Done: %(action)s.") % {"action": move.label})
            return redirect("workspace:assessment", assessment.pk)
    if isinstance(refusal, EditConflict):
        # Show the content as it is now, and approve that if it still suits.
        data = request.POST.copy()
        data["digest"] = content_digest(assessment)
        form = TransitionForm(data, backward=backward)
        form.is_valid()
    status = 409 if refusal is not None else 400
    return _confirmation(request, assessment, move, form, refusal=refusal, status=status)


def _confirmation(request, assessment, move, form, *, refusal=None, status=200):
    readiness = assess_readiness(assessment, get_language())
    return render(
        request,
        "workspace/move_confirm.html",
        {
            "assessment": assessment,
            "move": move,
            "source_label": Assessment.Status(move.source).label,
            "target_label": Assessment.Status(move.target).label,
            "phases": phase_steps(assessment),
            "form": form,
            "readiness": readiness,
            "blocked": move.publishes and not readiness.can_publish,
            "approval": latest_approval(assessment),
            "refusal": refusal,
            "backward_moves": [m for m in available_moves(request.user, assessment) if m.backward],
        },
        status=status,
    )


@member_view
def team_add(request, assessment):
    if request.method != "POST":
        return redirect("workspace:assessment", assessment.pk)
    form = MemberForm(request.POST)
    if form.is_valid():
        try:
            add_member(
                assessment, form.cleaned_data["username"], form.cleaned_data["role"], request.user
            )
        except InvalidValue as error:
            form.add_error(error.field, str(error))
        else:
            messages.success(request, _("The team is updated."))
            return redirect("workspace:assessment", assessment.pk)
    return _overview_page(request, assessment, member_form=form, status=400)


@member_view
def team_remove(request, assessment, membership_id: int):
    if request.method == "POST":
        try:
            remove_member(assessment, membership_id, request.user)
        except NotFound as error:
            raise Http404(str(error)) from None
        messages.success(request, _("The team is updated."))
    return redirect("workspace:assessment", assessment.pk)


@member_view
def correction_start(request, assessment):
    if request.method != "POST":
        return redirect("workspace:assessment", assessment.pk)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        raise AssessmentError(_("Say what the correction changes."))
    draft = start_correction(assessment, request.user, form.cleaned_data["note"])
    messages.success(
        request, _("Revision %(n)d is open for the correction.") % {"n": draft.revision}
    )
    return redirect("workspace:assessment", draft.pk)
