"""Save answers and sources, refusing to overwrite anything saved since the edit began."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from mgi.assessments.audit import log_action
from mgi.assessments.competences import check_outside_competence, is_outside_competence
from mgi.assessments.errors import AssessmentError, EditConflict, InvalidValue
from mgi.assessments.models import Answer, Assessment, Source
from mgi.assessments.permissions import require_edit
from mgi.frameworks.models import ScaleOption
from mgi.lib.versioned import update_if_version


def answer_snapshot(answer: Answer, source_ids=None) -> dict:
    """What the history records of an answer; `source_ids` when the caller already has them."""
    if source_ids is None:
        source_ids = answer.sources.values_list("pk", flat=True)
    return {
        "indicator": answer.indicator.code,
        "option": answer.option.code if answer.option else None,
        "justification": answer.justification,
        "sources": sorted(source_ids),
        "version": answer.version,
    }


@dataclass(frozen=True)
class AnswerEdit:
    option_code: str | None
    justification: str
    source_ids: list[int]


def save_answer(answer: Answer, expected_version: int, edit: AnswerEdit, user) -> Answer:
    """Apply the edit if nobody saved the answer since `expected_version`, else EditConflict."""
    assessment = answer.assessment
    require_edit(user, assessment)
    option = None
    if edit.option_code:
        option = ScaleOption.objects.filter(
            scale_id=answer.indicator.scale_id, code=edit.option_code
        ).first()
        if option is None:
            raise AssessmentError(
                f"{edit.option_code!r} is not an option of indicator {answer.indicator.code}."
            )
        if is_outside_competence(option.code):
            check_outside_competence(assessment, answer.indicator)
    sources = list(Source.objects.filter(assessment=assessment, pk__in=edit.source_ids))
    if len(sources) != len(set(edit.source_ids)):
        raise AssessmentError("A chosen source does not belong to this assessment.")
    with transaction.atomic():
        before = answer_snapshot(Answer.objects.get(pk=answer.pk))
        if not update_if_version(
            Answer, answer.pk, expected_version, option=option, justification=edit.justification
        ):
            current = Answer.objects.get(pk=answer.pk)
            raise EditConflict(
                f"Indicator {answer.indicator.code} was saved by someone else since you opened "
                "it. Your changes were not saved; review theirs and apply yours again.",
                current=current,
            )
        answer.refresh_from_db()
        answer.sources.set(sources)
        log_action(
            "edit_answer",
            answer,
            actor=user,
            assessment=assessment,
            before=before,
            after=answer_snapshot(answer),
        )
    return answer


@dataclass(frozen=True)
class SourceFields:
    title: str
    kind: str
    citation: str = ""
    url: str = ""
    date: datetime.date | None = None


def check_source(fields: SourceFields) -> None:
    if not fields.title.strip():
        raise InvalidValue(_("Title: a source needs a title."), field="title")
    if fields.kind not in Source.Kind.values:
        raise InvalidValue(
            _("Kind: “%(value)s” is not a kind of source.") % {"value": fields.kind}, field="kind"
        )
    if fields.url:
        try:
            # Only web addresses: a "javascript:" or "data:" link must never reach a page.
            URLValidator(schemes=["http", "https"])(fields.url)
        except ValidationError:
            raise InvalidValue(
                _("Web address: “%(value)s” is not an http or https address.")
                % {"value": fields.url},
                field="url",
            ) from None


def source_snapshot(source: Source) -> dict:
    return {
        "title": source.title,
        "kind": source.kind,
        "citation": source.citation,
        "url": source.url,
        "date": source.date.isoformat() if source.date else None,
        "version": source.version,
    }


def add_source(assessment: Assessment, fields: SourceFields, user) -> Source:
    require_edit(user, assessment)
    check_source(fields)
    with transaction.atomic():
        source = Source.objects.create(assessment=assessment, **fields.__dict__)
        log_action(
            "add_source", source, actor=user, assessment=assessment, after=source_snapshot(source)
        )
    return source


def edit_source(source: Source, expected_version: int, fields: SourceFields, user) -> Source:
    assessment = source.assessment
    require_edit(user, assessment)
    check_source(fields)
    with transaction.atomic():
        before = source_snapshot(Source.objects.get(pk=source.pk))
        if not update_if_version(Source, source.pk, expected_version, **fields.__dict__):
            raise EditConflict(
                f"The source {source.title!r} was changed by someone else since you opened it."
            )
        source.refresh_from_db()
        log_action(
            "edit_source",
            source,
            actor=user,
            assessment=assessment,
            before=before,
            after=source_snapshot(source),
        )
    return source


def save_answer_with_source(
    answer: Answer, expected_version: int, edit: AnswerEdit, new_source: SourceFields | None, user
) -> Answer:
    """Save the answer, first adding `new_source` to its sources; both or neither, so a conflict
    leaves no orphan source behind to be added twice when the person saves again."""
    with transaction.atomic():
        source_ids = list(edit.source_ids)
        if new_source is not None:
            source_ids.append(add_source(answer.assessment, new_source, user).pk)
        return save_answer(
            answer,
            expected_version,
            AnswerEdit(edit.option_code, edit.justification, source_ids),
            user,
        )
