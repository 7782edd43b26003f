"""Answers to the indicators, with their justification and sources."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Path, Query, Router

from mgi.api.paging import paginate
from mgi.api.payloads import answer_out, answers_query
from mgi.api.responses import documented
from mgi.api.schemas import AnswerOut, AnswerPage, ContentFilters, Language, Paging
from mgi.api.scope import assessments_in_scope
from mgi.assessments.models import Assessment

router = Router(tags=["answers"])


@router.get("/answers", response=documented(AnswerPage))
def list_answers(
    request, filters: Query[ContentFilters], lang: Query[Language], paging: Query[Paging]
):
    """Answers of the newest published revision of every round (or of one `assessment`)."""
    answers = answers_query(assessments_in_scope(request.auth, filters))
    if filters.domain:
        answers = answers.filter(indicator__area__domain__slug=filters.domain)
    return paginate(request, answers, paging, lambda a: answer_out(a, lang.language))


@router.get("/answers/{answer_id}", response=documented(AnswerOut))
def get_answer(
    request, answer_id: int = Path(..., ge=1, description="Answer id."), *, lang: Query[Language]
):
    """One answer, with its sources."""
    answer = (
        answers_query(Assessment.objects.readable_by(request.auth)).filter(pk=answer_id).first()
    )
    if answer is None:
        raise Http404(_("No answer you may read has this id."))
    return answer_out(answer, lang.language)
