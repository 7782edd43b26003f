"""The inbox (what waits for me, everywhere), an assessment's open threads, and mail preferences."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.workspace.access import member_view
from mgi.workspace.forms import MailPreferenceForm
from mgi.workspace.inbox import build_inbox
from mgi.workspace.mail import preference_of
from mgi.workspace.preferences import save_mail_preference
from mgi.workspace.threads import open_thread_list


@login_required
def inbox(request):
    try:
        only = int(request.GET["assessment"])
    except (KeyError, ValueError):
        only = None
    groups = build_inbox(request.user, assessment_id=only)
    count = sum(len(group.entries) for group in groups)
    context = {"groups": groups, "filtered": only is not None, "count": count}
    if only is None:
        # The header's count is this one: the inbox is not built twice for this page.
        context["inbox_count"] = count
    return render(request, "workspace/inbox.html", context)


@member_view
def open_threads(request, assessment):
    return render(
        request,
        "workspace/threads.html",
        {"assessment": assessment, "threads": open_thread_list(assessment)},
    )


@login_required
def preferences(request):
    saved = preference_of(request.user)
    initial = {"delivery": saved.delivery, "language": saved.language or get_language()}
    form = MailPreferenceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        save_mail_preference(
            request.user, form.cleaned_data["delivery"], form.cleaned_data["language"]
        )
        messages.success(request, _("Your mail preferences are saved."))
        return redirect("workspace:preferences")
    return render(request, "workspace/preferences.html", {"form": form})
