import pytest

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.errors import InvalidTransition, Locked, NotAllowed
from mgi.assessments.models import Assessment, AuditRecord, Transition
from mgi.assessments.workflow import move_assessment
from mgi.profiles.publication import publish_assessment, take_step
from mgi.profiles.rounds import start_correction
from tests.profiles.complete import complete_for_publication
from tests.workspace.conftest import set_status

S = Assessment.Status
# (from, to, the only role allowed)
MOVES = [
    (S.LAUNCH, S.DATA_COLLECTION, "coordinator"),
    (S.DATA_COLLECTION, S.GOVERNMENT_REVIEW, "coordinator"),
    (S.GOVERNMENT_REVIEW, S.CONSULTATION, "coordinator"),
    (S.CONSULTATION, S.VALIDATED, "focal_point"),
    (S.VALIDATED, S.PUBLISHED, "coordinator"),
    (S.GOVERNMENT_REVIEW, S.DATA_COLLECTION, "coordinator"),
    (S.CONSULTATION, S.DATA_COLLECTION, "coordinator"),
]
PEOPLE = ["coordinator", "researcher", "focal_point", "chile_focal_point", "outsider"]


@pytest.mark.parametrize(("source", "target", "allowed"), MOVES)
@pytest.mark.parametrize("person", PEOPLE)
def test_each_move_is_allowed_to_one_role_only(cast, draft, source, target, allowed, person):
    set_status(draft, source)
    # Publication also needs a complete profile; that gate has tests of its own.
    complete_for_publication(draft)

    if person == allowed:
        transition = take_step(draft, target, cast[person], "a note")
        assert (transition.from_status, transition.to_status) == (source, target)
        assert Assessment.objects.get(pk=draft.pk).status == target
    else:
        with pytest.raises(NotAllowed):
            take_step(draft, target, cast[person], "a note")
        assert Assessment.objects.get(pk=draft.pk).status == source


def test_a_phase_cannot_be_skipped(cast, draft):
    with pytest.raises(InvalidTransition):
        move_assessment(draft, S.PUBLISHED, cast["coordinator"])


def test_the_governments_approval_is_a_recorded_act_of_its_focal_point(cast, draft):
    set_status(draft, S.CONSULTATION)

    move_assessment(draft, S.VALIDATED, cast["focal_point"], "Approved by the ministry")

    approval = Transition.objects.get(assessment=draft, to_status=S.VALIDATED)
    assert (approval.actor, approval.role, approval.note) == (
        cast["focal_point"],
        "focal_point",
        "Approved by the ministry",
    )
    assert approval.is_approval
    record = AuditRecord.objects.get(assessment=draft, action="approve")
    assert record.before == {"status": "consultation"}
    assert record.after == {"status": "validated", "note": "Approved by the ministry"}


def test_publishing_dates_the_profile_and_freezes_the_assessment(cast, draft, answer_of):
    complete_for_publication(draft)
    set_status(draft, S.VALIDATED)

    publish_assessment(draft, cast["coordinator"])

    draft.profile.refresh_from_db()
    assert draft.profile.published_at is not None
    assert len(draft.profile.date) == 7
    answer = answer_of("1.1.1")
    with pytest.raises(Locked):
        save_answer(answer, answer.version, AnswerEdit("absent", "", []), cast["coordinator"])


def test_a_correction_is_a_new_revision_and_the_old_one_stays(cast, draft, answer_of):
    answer = answer_of("1.1.1")
    save_answer(
        answer, answer.version, AnswerEdit("complete", "Health law", []), cast["researcher"]
    )
    set_status(draft, S.PUBLISHED)

    correction = start_correction(draft, cast["coordinator"], "Fixes the health finding")

    assert (correction.revision, correction.status) == (2, S.DATA_COLLECTION)
    assert correction.correction_note == "Fixes the health finding"
    copied = correction.answers.get(indicator__code="1.1.1")
    assert (copied.option.code, copied.justification) == ("complete", "Health law")
    assert set(correction.memberships.values_list("user__username", "role")) == set(
        draft.memberships.values_list("user__username", "role")
    )
    assert Assessment.objects.get(pk=draft.pk).status == S.PUBLISHED
    with pytest.raises(Exception, match="already corrects"):
        start_correction(draft, cast["coordinator"], "again")


def test_only_a_coordinator_starts_a_correction(cast, draft):
    set_status(draft, S.PUBLISHED)

    with pytest.raises(NotAllowed):
        start_correction(draft, cast["researcher"], "note")
