"""The questionnaire: every indicator by domain and area, and one page per answer."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, save_answer
from mgi.assessments.comments import threads_for
from mgi.assessments.errors import EditConflict
from mgi.assessments.models import Answer
from mgi.assessments.permissions import can_comment, can_edit, can_resolve, require_edit
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown
from mgi.workspace.access import member_view
from mgi.workspace.forms import AnswerForm, CommentForm, SourceForm
from mgi.workspace.progress import answer_progress


@member_view
def questionnaire(request, assessment):
    language = get_language()
    answers = (
        Answer.objects.filter(assessment=assessment)
        .select_related("indicator__area__domain", "option")
        .order_by("indicator__order")
    )
    domains: dict[int, dict] = {}
    for answer in answers:
        area = answer.indicator.area
        domain = domains.setdefault(
            area.domain.number,
            {
                "number": area.domain.number,
                "name": pick(area.domain.name, language),
                "slug": area.domain.slug,
                "areas": {},
            },
        )
        domain["areas"].setdefault(
            area.number,
            {
                "number": area.number,
                "name": pick(area.name, language),
                "answers": [],
            },
        )["answers"].append(
            {
                "code": answer.indicator.code,
                "question": pick(answer.indicator.question, language),
                "option": pick(answer.option.label, language) if answer.option else None,
            }
        )
    return render(
        request,
        "workspace/questionnaire.html",
        {
            "assessment": assessment,
            "domains": [{**d, "areas": list(d["areas"].values())} for d in domains.values()],
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


@member_view
def answer_page(request, assessment, code: str):
    language = get_language()
    answer = get_object_or_404(
        Answer.objects.select_related("indicator__area__domain", "indicator__scale", "option"),
        assessment=assessment,
        indicator__code=code,
    )
    editable = can_edit(request.user, assessment)
    form = _answer_form(answer, language, initial=_initial(answer))
    source_form = SourceForm(prefix="new-source")
    conflict = None
    status = 200
    if request.method == "POST":
        require_edit(request.user, assessment)
        form = _answer_form(answer, language, data=request.POST)
        source_form = SourceForm(request.POST, prefix="new-source")
        wants_new_source = bool(request.POST.get("new-source-title", "").strip())
        if form.is_valid() and (not wants_new_source or source_form.is_valid()):
            data = form.cleaned_data
            source_ids = list(data["sources"])
            try:
                if wants_new_source:
                    new = add_source(
                        assessment,
                        SourceFields(
                            **{k: v for k, v in source_form.cleaned_data.items() if k != "version"}
                        ),
                        request.user,
                    )
                    source_ids.append(new.pk)
                save_answer(
                    answer,
                    data["version"],
                    AnswerEdit(data["option"] or None, data["justification"], source_ids),
                    request.user,
                )
            except EditConflict as error:
                conflict = {
                    "message": str(error),
                    "current": error.current,
                    "current_html": render_markdown(error.current.justification),
                }
                # Keep the person's text, now based on the version they have just seen.
                data = request.POST.copy()
                data["version"] = str(error.current.version)
                form = _answer_form(answer, language, data=data)
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("Answer %(code)s is saved.") % {"code": code})
                return redirect("workspace:answer", assessment.pk, code)
        else:
            status = 400
    indicator = answer.indicator
    return render(
        request,
        "workspace/answer.html",
        {
            "assessment": assessment,
            "answer": answer,
            "indicator": {
                "code": indicator.code,
                "question": pick(indicator.question, language),
                "guidance": pick(indicator.guidance, language),
                "domain": pick(indicator.area.domain.name, language),
                "area": pick(indicator.area.name, language),
            },
            "justification_html": render_markdown(answer.justification),
            "answer_sources": answer.sources.order_by("title"),
            "form": form,
            "source_form": source_form,
            "editable": editable,
            "conflict": conflict,
            "threads": threads_for(assessment, answer=answer),
            "comment_form": CommentForm(),
            "can_comment": can_comment(request.user, assessment),
            "can_resolve": can_resolve(request.user, assessment),
            "comment_url": request.path,
            "neighbours": _neighbours(assessment, indicator),
        },
        status=status,
    )


def _neighbours(assessment, indicator) -> dict:
    codes = Answer.objects.filter(assessment=assessment).order_by("indicator__order")
    return {
        "previous": codes.filter(indicator__order__lt=indicator.order)
        .values_list("indicator__code", flat=True)
        .last(),
        "next": codes.filter(indicator__order__gt=indicator.order)
        .values_list("indicator__code", flat=True)
        .first(),
    }
