"""The government's approval records which content it approved; a return asks for a reason."""

import pytest

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.errors import EditConflict, ReasonRequired
from mgi.assessments.models import Assessment, AuditRecord, Transition
from mgi.assessments.workflow import move_assessment
from mgi.profiles.digest import approvable_content, content_digest
from mgi.profiles.publication import approve_assessment, latest_approval, take_step
from tests.workspace.conftest import set_status

S = Assessment.Status


def test_the_approval_records_the_revision_and_the_digest_of_the_content(cast, draft):
    set_status(draft, S.CONSULTATION)
    expected = content_digest(draft)

    approve_assessment(draft, cast["focal_point"], "Approved by the ministry")

    approval = Transition.objects.get(assessment=draft, to_status=S.VALIDATED)
    assert (approval.revision, approval.content_digest) == (1, expected)
    assert len(expected) == 64
    record = AuditRecord.objects.get(assessment=draft, action="approve")
    assert record.after["content_digest"] == expected


def test_the_digest_covers_answers_sources_findings_title_and_introduction(cast, draft):
    content = approvable_content(draft)

    assert set(content) == {"title", "introduction", "answers", "findings"}
    assert set(content["answers"][0]) == {"indicator", "option", "justification", "sources"}


def test_the_digest_changes_when_an_answer_changes(cast, draft):
    before = content_digest(draft)
    assert content_digest(draft) == before  # stable when nothing changed
    answer = draft.answers.get(indicator__code="1.1.1")

    save_answer(answer, answer.version, AnswerEdit("complete", "Law 1", []), cast["researcher"])

    assert content_digest(draft) != before


def test_the_page_can_tell_that_the_content_changed_after_the_approval(cast, draft):
    set_status(draft, S.CONSULTATION)
    approve_assessment(draft, cast["focal_point"])
    assert latest_approval(draft)["matches"]

    move_assessment(draft, S.DATA_COLLECTION, cast["coordinator"], "The ministry found an error")
    answer = draft.answers.get(indicator__code="1.1.1")
    save_answer(answer, answer.version, AnswerEdit("absent", "Repealed", []), cast["researcher"])

    approval = latest_approval(draft)
    assert (approval["revision"], approval["matches"]) == (1, False)


def test_an_approval_of_content_changed_since_the_page_was_shown_is_refused(cast, draft):
    set_status(draft, S.CONSULTATION)
    shown = content_digest(draft)
    answer = draft.answers.get(indicator__code="1.1.1")
    save_answer(answer, answer.version, AnswerEdit("complete", "New", []), cast["researcher"])

    with pytest.raises(EditConflict):
        approve_assessment(draft, cast["focal_point"], seen_digest=shown)

    assert Assessment.objects.get(pk=draft.pk).status == S.CONSULTATION


@pytest.mark.parametrize("source", [S.GOVERNMENT_REVIEW, S.CONSULTATION, S.VALIDATED])
def test_a_return_to_data_collection_needs_a_reason(cast, draft, source):
    set_status(draft, source)

    with pytest.raises(ReasonRequired) as refusal:
        take_step(draft, S.DATA_COLLECTION, cast["coordinator"], "   ")

    assert refusal.value.field == "note"
    assert Assessment.objects.get(pk=draft.pk).status == source
    transition = take_step(draft, S.DATA_COLLECTION, cast["coordinator"], "Sources missing")
    assert transition.note == "Sources missing"
