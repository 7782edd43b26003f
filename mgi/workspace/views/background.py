"""What the worker made after publication, for coordinators: each task's state and error."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mgi.assessments.permissions import can_create_assessments
from mgi.operations.background_work import background_work_states, try_again


def _require_coordinator(user) -> None:
    if not can_create_assessments(user):
        raise PermissionDenied(_("Only coordinators see the background work."))


@login_required
def background_work(request):
    _require_coordinator(request.user)
    return render(request, "workspace/background.html", {"states": background_work_states()})


@login_required
@require_POST
def background_try_again(request):
    _require_coordinator(request.user)
    if try_again(request.POST.get("task", "")):
        messages.success(request, _("Queued again: the worker will run it shortly."))
    else:
        messages.error(request, _("Only failed work can be tried again; this one is not failed."))
    return redirect("workspace:background")
