"""Key findings: the profile's title and introduction, suggestions, and each domain's two lists."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.assessments.comments import threads_for
from mgi.assessments.errors import AssessmentError, EditConflict, InvalidValue
from mgi.assessments.permissions import can_comment, can_edit, can_resolve, require_edit
from mgi.lib.i18n_text import pick
from mgi.profiles.drafting import (
    accept_suggestion,
    add_finding,
    delete_finding,
    edit_finding,
    move_finding,
    suggest_findings,
)
from mgi.profiles.editing import edit_profile_texts
from mgi.profiles.models import Finding, Profile
from mgi.profiles.payload import POTENTIAL, WELL_DEVELOPED
from mgi.workspace.access import member_view
from mgi.workspace.forms import (
    CommentForm,
    FindingTextsForm,
    NewFindingForm,
    ProfileTextForm,
    language_field_name,
)


@member_view
def findings(request, assessment):
    return _findings_page(request, assessment)


def _findings_page(
    request, assessment, refused_form=None, *, profile_form=None, conflict=None, status=200
):
    """The findings page; `refused_form`, a new finding that was refused, shows in its domain
    with what the person typed and the error beside the field; `profile_form` and `conflict`,
    a refused or conflicting edit of the title and introduction, keep what was typed."""
    language = get_language()
    profile, _created = Profile.objects.get_or_create(
        assessment=assessment, defaults={"date": str(assessment.round_year)}
    )
    suggestions = suggest_findings(assessment, language)
    all_findings = (
        Finding.objects.filter(assessment=assessment)
        .select_related("domain")
        .prefetch_related("indicators")
        .order_by("domain__number", "kind", "order")
    )
    domains = []
    for domain in assessment.framework.domains.order_by("number"):
        lists = {WELL_DEVELOPED: [], POTENTIAL: []}
        for finding in all_findings:
            if finding.domain_id == domain.pk:
                lists[finding.kind].append(
                    {
                        "finding": finding,
                        "text": pick(finding.text, language),
                        "codes": [i.code for i in finding.indicators.all()],
                    }
                )
        domains.append(
            {
                "domain": domain,
                "name": pick(domain.name, language),
                "well_developed": lists[WELL_DEVELOPED],
                "potential": lists[POTENTIAL],
                "suggestions": [s for s in suggestions if s.domain_number == domain.number],
                "new_form": refused_form
                if refused_form is not None and refused_form.prefix == f"d{domain.number}"
                else NewFindingForm(initial={"domain": domain.number}, prefix=f"d{domain.number}"),
            }
        )
    if profile_form is None:
        profile_form = ProfileTextForm(initial=_profile_initial(profile))
    return render(
        request,
        "workspace/findings.html",
        {
            "assessment": assessment,
            "domains": domains,
            "profile": profile,
            "profile_form": profile_form,
            "profile_texts": [
                {
                    "code": code,
                    "name": name,
                    "title": profile.title.get(code, ""),
                    "introduction": profile.introduction.get(code, ""),
                }
                for code, name in settings.LANGUAGES
            ],
            "conflict": conflict,
            "editable": can_edit(request.user, assessment),
        },
        status=status,
    )


def _profile_initial(profile: Profile) -> dict:
    initial = {"version": profile.version}
    for code, _name in settings.LANGUAGES:
        initial[language_field_name("title", code)] = profile.title.get(code, "")
        initial[language_field_name("introduction", code)] = profile.introduction.get(code, "")
    return initial


@member_view
def profile_text(request, assessment):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    require_edit(request.user, assessment)
    form = ProfileTextForm(request.POST)
    if not form.is_valid():
        return _findings_page(request, assessment, profile_form=form, status=400)
    profile = Profile.objects.get(assessment=assessment)
    try:
        edit_profile_texts(
            profile,
            form.cleaned_data["version"] or 0,
            form.texts("title"),
            form.texts("introduction"),
            request.user,
        )
    except EditConflict as error:
        current = error.current
        # Keep the person's texts, now based on the version they have just been shown.
        data = request.POST.copy()
        data["version"] = str(current.version)
        conflict = {
            "message": str(error),
            "version": current.version,
            "texts": [
                {
                    "code": code,
                    "name": name,
                    "title": current.title.get(code, ""),
                    "introduction": current.introduction.get(code, ""),
                }
                for code, name in settings.LANGUAGES
            ],
        }
        messages.error(request, str(error))
        return _findings_page(
            request, assessment, profile_form=ProfileTextForm(data), conflict=conflict, status=409
        )
    messages.success(request, _("The title and introduction are saved."))
    return redirect("workspace:findings", assessment.pk)


@member_view
def suggestion_accept(request, assessment):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    accept_suggestion(assessment, request.POST.get("indicator", ""), request.user)
    messages.success(request, _("The suggested finding is added; edit it as you need."))
    return redirect("workspace:findings", assessment.pk)


@member_view
def finding_add(request, assessment):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    prefix = request.POST.get("prefix", "")
    form = NewFindingForm(request.POST, prefix=prefix or None)
    if not form.is_valid():
        if form.prefix and form.prefix.startswith("d"):
            return _findings_page(request, assessment, refused_form=form, status=400)
        raise AssessmentError(_("A finding needs a text and a kind."))
    domain = get_object_or_404(assessment.framework.domains, number=form.cleaned_data["domain"])
    try:
        add_finding(
            assessment,
            domain,
            form.cleaned_data["kind"],
            form.cleaned_data["text"],
            form.indicator_codes(),
            request.user,
            get_language(),
        )
    except InvalidValue as error:
        form.add_error(error.field, str(error))
        return _findings_page(request, assessment, refused_form=form, status=400)
    messages.success(request, _("The finding is added."))
    return redirect("workspace:findings", assessment.pk)


@member_view
def finding_page(request, assessment, finding_id: int):
    language = get_language()
    finding = get_object_or_404(
        Finding.objects.select_related("domain"), assessment=assessment, pk=finding_id
    )
    initial = {
        "version": finding.version,
        "indicators": ", ".join(finding.indicators.values_list("code", flat=True)),
    }
    for code, _name in settings.LANGUAGES:
        initial[language_field_name("text", code)] = finding.text.get(code, "")
    form = FindingTextsForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        require_edit(request.user, assessment)
        if form.is_valid():
            try:
                edit_finding(
                    finding,
                    form.cleaned_data["version"] or 0,
                    form.cleaned_data["text"],
                    form.indicator_codes(),
                    request.user,
                    "en",
                    translations=form.translations(),
                )
            except InvalidValue as error:
                form.add_error(error.field, str(error))
                status = 400
            except EditConflict as error:
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("The finding is saved."))
                return redirect("workspace:findings", assessment.pk)
        else:
            status = 400
    return render(
        request,
        "workspace/finding.html",
        {
            "assessment": assessment,
            "finding": finding,
            "domain_name": pick(finding.domain.name, language),
            "form": form,
            "finding_texts": [
                {"code": code, "name": name, "text": finding.text.get(code, "")}
                for code, name in settings.LANGUAGES
            ],
            "editable": can_edit(request.user, assessment),
            "threads": threads_for(assessment, finding=finding),
            "comment_form": CommentForm(),
            "can_comment": can_comment(request.user, assessment),
            "can_resolve": can_resolve(request.user, assessment),
            "comment_url": request.path,
        },
        status=status,
    )


@member_view
def finding_move(request, assessment, finding_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    finding = get_object_or_404(Finding, assessment=assessment, pk=finding_id)
    move_finding(finding, -1 if request.POST.get("direction") == "up" else 1, request.user)
    return redirect("workspace:findings", assessment.pk)


@member_view
def finding_delete(request, assessment, finding_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    finding = get_object_or_404(Finding, assessment=assessment, pk=finding_id)
    delete_finding(finding, request.user)
    messages.success(request, _("The finding is removed."))
    return redirect("workspace:findings", assessment.pk)
