"""Comment threads on answers and findings, and the change history of an assessment."""

from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.assessments.comments import add_comment, resolve_thread
from mgi.assessments.models import Answer, Assessment, Comment
from mgi.lib.url_converters import database_id
from mgi.profiles.diff import compare_assessments
from mgi.profiles.models import Finding
from mgi.workspace.access import member_view
from mgi.workspace.forms import CommentForm
from mgi.workspace.history import build_history_page


def _back(request, assessment):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("workspace:assessment", assessment.pk)


@member_view
def comment_add(request, assessment):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("A comment cannot be empty."))
        return _back(request, assessment)
    answer = finding = parent = None
    if request.POST.get("answer"):
        answer = get_object_or_404(
            Answer, assessment=assessment, indicator__code=request.POST["answer"]
        )
    if request.POST.get("finding"):
        finding_id = database_id(request.POST["finding"])
        if finding_id is None:
            raise Http404("No such finding.")
        finding = get_object_or_404(Finding, assessment=assessment, pk=finding_id)
    if form.cleaned_data["parent"]:
        parent = get_object_or_404(Comment, assessment=assessment, pk=form.cleaned_data["parent"])
    add_comment(
        assessment,
        request.user,
        form.cleaned_data["text"],
        answer=answer,
        finding=finding,
        parent=parent,
    )
    messages.success(request, _("Your comment is posted."))
    return _back(request, assessment)


@member_view
def comment_resolve(request, assessment, comment_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    comment = get_object_or_404(Comment, assessment=assessment, pk=comment_id)
    resolve_thread(comment, request.user, resolved=request.POST.get("reopen") != "1")
    return _back(request, assessment)


@member_view
def history(request, assessment):
    return render(
        request,
        "workspace/history.html",
        {
            "assessment": assessment,
            **build_history_page(
                assessment, request.GET, get_language(), show_raw=request.user.is_staff
            ),
            "revisions": Assessment.objects.filter(
                place=assessment.place, round_year=assessment.round_year
            ).order_by("revision"),
        },
    )


@member_view
def revision_diff(request, assessment):
    revisions = Assessment.objects.filter(
        place=assessment.place, round_year=assessment.round_year
    ).order_by("revision")
    by_number = {r.revision: r for r in revisions}
    try:
        old = by_number[int(request.GET.get("from", assessment.revision - 1))]
        new = by_number[int(request.GET.get("to", assessment.revision))]
    except (KeyError, ValueError):
        old = new = None
    return render(
        request,
        "workspace/diff.html",
        {
            "assessment": assessment,
            "revisions": revisions,
            "diff": compare_assessments(old, new) if old and new else None,
        },
    )
