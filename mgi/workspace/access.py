"""Load an assessment for a signed-in member, and turn domain errors into responses."""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from mgi.assessments.errors import AssessmentError, NotAllowed
from mgi.assessments.models import Assessment
from mgi.assessments.permissions import can_view


def member_view(view):
    """The view gets the assessment; non-members get 404, so drafts do not even show they exist."""

    @login_required
    @functools.wraps(view)
    def wrapper(request, assessment_id: int, *args, **kwargs):
        assessment = get_object_or_404(
            Assessment.objects.select_related("place", "framework"), pk=assessment_id
        )
        if not can_view(request.user, assessment):
            raise Http404("No such assessment.")
        try:
            return view(request, assessment, *args, **kwargs)
        except NotAllowed as error:
            return render(request, "workspace/refused.html", {"message": str(error)}, status=403)
        except AssessmentError as error:
            # Edit views show conflicts with both versions themselves; any other conflict, like
            # any other refusal, comes back as a message on the page the person was on.
            messages.error(request, str(error))
            return redirect(_back_after_error(request))

    return wrapper


def _back_after_error(request) -> str:
    """Where to show an error: the page the form was on, not a POST-only address (405)."""
    if request.method == "POST":
        for target in (request.POST.get("next", ""), request.META.get("HTTP_REFERER", "")):
            if target and url_has_allowed_host_and_scheme(
                target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                return target
    return request.get_full_path()
