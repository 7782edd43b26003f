"""The questionnaire: every indicator by domain and area, and one page per answer."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.assessments.answers import AnswerEdit, SourceFields, save_answer_with_source
from mgi.assessments.comments import threads_for
from mgi.assessments.competences import held_codes, recorded_competences
from mgi.assessments.errors import EditConflict, InvalidValue
from mgi.assessments.models import Answer
from mgi.assessments.permissions import can_comment, can_edit, can_resolve, require_edit
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown
from mgi.workspace.access import member_view
from mgi.workspace.forms import AnswerForm, CommentForm, NewSourceForm, QuestionnaireFilterForm
from mgi.workspace.progress import answer_progress
from mgi.workspace.questionnaire import (
    ALL,
    build_questionnaire,
    neighbours,
    next_to_do,
    parse_filter,
)


@member_view
def questionnaire(request, assessment):
    language = get_language()
    show = parse_filter(request.GET.get("show"))
    return render(
        request,
        "workspace/questionnaire.html",
        {
            "assessment": assessment,
            **build_questionnaire(assessment, language, show),
            "filter_form": QuestionnaireFilterForm(initial={"show": show}),
            "progress": answer_progress(assessment, language),
            "editable": can_edit(request.user, assessment),
        },
    )


def _answer_form(answer, language, data=None, initial=None):
    options = [(o.code, pick(o.label, language)) for o in answer.indicator.scale.options.all()]
    sources = [
        (s.pk, f"{s.title} ({s.get_kind_display()})")
        for s in answer.assessment.sources.order_by("title")
    ]
    return AnswerForm(data, initial=initial, options=options, sources=sources)


def _initial(answer) -> dict:
    return {
        "version": answer.version,
        "option": answer.option.code if answer.option else "",
        "justification": answer.justification,
        "sources": list(answer.sources.values_list("pk", flat=True)),
    }


def answer_address(assessment, code: str, show: str = ALL) -> str:
    """An answer page, keeping the questionnaire filter the person came from."""
    address = reverse("workspace:answer", args=[assessment.pk, code])
    return f"{address}?{urlencode({'show': show})}" if show != ALL else address


def _after_save(request, assessment, answer, show: str):
    code = answer.indicator.code
    if request.POST.get("then") != "next":
        messages.success(request, _("Answer %(code)s is saved.") % {"code": code})
        return redirect(answer_address(assessment, code, show))
    following = next_to_do(assessment, answer.indicator, show)
    if following is None:
        messages.success(
            request,
            _("Answer %(code)s is saved. No indicator is left to open in this list.")
            % {"code": code},
        )
        address = reverse("workspace:questionnaire", args=[assessment.pk])
        return redirect(f"{address}?{urlencode({'show': show})}" if show != ALL else address)
    messages.success(
        request,
        _("Answer %(code)s is saved; here is %(next)s.") % {"code": code, "next": following},
    )
    return redirect(answer_address(assessment, following, show))


def _competence(assessment, indicator, language) -> dict | None:
    """The local authority's competence the indicator depends on, and whether it holds it
    (None while the competences are not recorded)."""
    if indicator.competence_id is None:
        return None
    held = held_codes(recorded_competences(assessment))
    return {
        "name": pick(indicator.competence.name, language),
        "held": None if held is None else indicator.competence.code in held,
    }


@member_view
def answer_page(request, assessment, code: str):
    language = get_language()
    answer = get_object_or_404(
        Answer.objects.select_related(
            "indicator__area__domain", "indicator__scale", "indicator__competence", "option"
        ),
        assessment=assessment,
        indicator__code=code,
    )
    show = parse_filter(request.POST.get("show") or request.GET.get("show"))
    editable = can_edit(request.user, assessment)
    form = _answer_form(answer, language, initial=_initial(answer))
    source_form = NewSourceForm()
    conflict = None
    status = 200
    if request.method == "POST":
        require_edit(request.user, assessment)
        form = _answer_form(answer, language, data=request.POST)
        source_form = NewSourceForm(request.POST)
        if form.is_valid() and source_form.is_valid():
            data = form.cleaned_data
            new_source = None
            if source_form.adds_a_source:
                new_source = SourceFields(
                    **{k: v for k, v in source_form.cleaned_data.items() if k != "version"}
                )
            try:
                save_answer_with_source(
                    answer,
                    data["version"],
                    AnswerEdit(
                        data["option"] or None, data["justification"], list(data["sources"])
                    ),
                    new_source,
                    request.user,
                )
            except InvalidValue as error:
                source_form.add_error(error.field, str(error))
                status = 400
            except EditConflict as error:
                current = error.current
                conflict = {
                    "message": str(error),
                    "current": current,
                    "current_option": pick(current.option.label, language)
                    if current.option
                    else None,
                    "current_html": render_markdown(current.justification),
                }
                # Keep the person's text, now based on the version they have just seen.
                data = request.POST.copy()
                data["version"] = str(current.version)
                form = _answer_form(answer, language, data=data)
                messages.error(request, str(error))
                status = 409
            else:
                return _after_save(request, assessment, answer, show)
        else:
            status = 400
    indicator = answer.indicator
    return render(
        request,
        "workspace/answer.html",
        {
            "assessment": assessment,
            "answer": answer,
            "option_label": pick(answer.option.label, language) if answer.option else None,
            "indicator": {
                "code": indicator.code,
                "question": pick(indicator.question, language),
                "guidance": pick(indicator.guidance, language),
                "domain": pick(indicator.area.domain.name, language),
                "area": pick(indicator.area.name, language),
                "competence": _competence(assessment, indicator, language),
            },
            "justification_html": render_markdown(answer.justification),
            "answer_sources": answer.sources.order_by("title"),
            "form": form,
            "source_form": source_form,
            "show": show,
            "editable": editable,
            "conflict": conflict,
            "threads": threads_for(assessment, answer=answer),
            "comment_form": CommentForm(),
            "can_comment": can_comment(request.user, assessment),
            "can_resolve": can_resolve(request.user, assessment),
            "comment_url": request.path,
            "neighbours": neighbours(assessment, indicator, show),
        },
        status=status,
    )
