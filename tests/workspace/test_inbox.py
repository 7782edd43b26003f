"""Who finds what in their inbox, and when it leaves."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.comments import add_comment, resolve_thread
from mgi.assessments.models import Membership, Role
from mgi.assessments.workflow import move_assessment
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment
from mgi.workspace.inbox import build_inbox
from tests.workspace.conftest import PASSWORD, set_status


def entries(user) -> list[tuple[str, str]]:
    return [(e.kind, e.url) for g in build_inbox(user) for e in g.entries]


def kinds(user) -> list[str]:
    return [kind for kind, _url in entries(user)]


@pytest.fixture
def in_review(draft):
    set_status(draft, "government_review")
    return draft


def test_a_reply_after_mine_waits_for_me_until_i_answer(cast, in_review, answer_of):
    question = add_comment(in_review, cast["focal_point"], "Which law?", answer=answer_of("1.1.1"))
    reply = add_comment(in_review, cast["researcher"], "Law 26842", parent=question)

    assert entries(cast["focal_point"]) == [
        ("reply", f"/workspace/assessments/{in_review.pk}/answers/1.1.1/#comment-{reply.pk}"),
        ("step", f"/workspace/assessments/{in_review.pk}/"),
    ]

    add_comment(in_review, cast["focal_point"], "Thank you", parent=question)
    assert kinds(cast["focal_point"]) == ["step"]


def test_a_comment_on_an_answer_i_edited_waits_for_me_until_resolved(cast, in_review, answer_of):
    row = answer_of("1.1.1")
    save_answer(row, row.version, AnswerEdit("partial", "Emergency care", []), cast["researcher"])
    question = add_comment(in_review, cast["focal_point"], "Only emergencies?", answer=row)

    assert kinds(cast["researcher"]) == ["your_work"]
    # Another researcher's answer is not theirs to answer for.
    assert kinds(cast["coordinator"]) == ["open"]

    resolve_thread(question, cast["coordinator"])
    assert kinds(cast["researcher"]) == []
    assert kinds(cast["coordinator"]) == []


def test_an_at_mention_waits_for_the_person_mentioned_only(cast, in_review, answer_of):
    mention = add_comment(
        in_review,
        cast["researcher"],
        "@focal_point, could the ministry confirm this? (not me@example.org)",
        answer=answer_of("1.1.1"),
    )

    assert entries(cast["focal_point"])[0] == (
        "mention",
        f"/workspace/assessments/{in_review.pk}/answers/1.1.1/#comment-{mention.pk}",
    )
    assert kinds(cast["coordinator"]) == []


def test_a_coordinator_sees_threads_where_the_government_waits_for_the_team(
    cast, in_review, answer_of
):
    question = add_comment(in_review, cast["focal_point"], "Source?", answer=answer_of("1.1.1"))
    assert kinds(cast["coordinator"]) == ["open"]

    # A researcher answered: the government has its answer, the coordinator has nothing to do.
    add_comment(in_review, cast["researcher"], "Decree 1350", parent=question)
    assert kinds(cast["coordinator"]) == []


def test_a_focal_point_sees_open_threads_of_the_team_they_have_not_answered(
    cast, in_review, answer_of
):
    add_comment(in_review, cast["researcher"], "Is this law in force?", answer=answer_of("1.1.1"))

    assert kinds(cast["focal_point"]) == ["open", "step"]
    assert kinds(cast["chile_focal_point"]) == []
    assert kinds(cast["outsider"]) == []


def test_nothing_waits_on_threads_a_person_may_not_answer_in_this_phase(cast, in_review, answer_of):
    add_comment(in_review, cast["researcher"], "@focal_point see this", answer=answer_of("1.1.1"))
    set_status(in_review, "data_collection")

    assert kinds(cast["focal_point"]) == []


def test_a_step_waits_for_the_role_of_the_phase_and_goes_when_done(cast, draft):
    set_status(draft, "consultation")
    assert [e.text for g in build_inbox(cast["focal_point"]) for e in g.entries] == [
        "Peru 2023 waits for your approval"
    ]

    move_assessment(draft, "validated", cast["focal_point"])
    assert kinds(cast["focal_point"]) == []
    assert [e.text for g in build_inbox(cast["coordinator"]) for e in g.entries] == [
        "Peru 2023 is approved and waits for publication"
    ]


def test_a_return_to_data_collection_reaches_the_researchers_with_its_reason(cast, in_review):
    move_assessment(in_review, "data_collection", cast["coordinator"], "Cite the 2022 decree")

    texts = [e.text for g in build_inbox(cast["researcher"]) for e in g.entries]
    assert texts == ["Peru 2023 was returned to data collection: “Cite the 2022 decree”"]
    assert kinds(cast["coordinator"]) == []


def test_the_inbox_groups_by_assessment_with_the_newest_first_in_a_fixed_number_of_queries(
    cast, national_framework, in_review, answer_of
):
    coordinator = cast["coordinator"]

    def other_round(year: int):
        assessment = create_assessment(
            get_or_create_country("PER"), national_framework, year, coordinator
        )
        Membership.objects.create(
            assessment=assessment, user=cast["focal_point"], role=Role.FOCAL_POINT
        )
        set_status(assessment, "government_review")
        return assessment

    add_comment(in_review, cast["focal_point"], "First", answer=answer_of("1.1.1"))
    with CaptureQueriesContext(connection) as few:
        build_inbox(coordinator)
    later = [other_round(year) for year in (2024, 2025, 2026)]
    for assessment in later:
        row = assessment.answers.get(indicator__code="2.1.1")
        add_comment(assessment, cast["focal_point"], "Next", answer=row)
    with CaptureQueriesContext(connection) as many:
        groups = build_inbox(coordinator)

    assert len(many.captured_queries) == len(few.captured_queries)
    assert [g.assessment.round_year for g in groups] == [2026, 2025, 2024, 2023]


def test_the_inbox_page_links_each_entry_to_its_thread(client, cast, in_review, answer_of):
    question = add_comment(in_review, cast["researcher"], "Check?", answer=answer_of("1.1.1"))
    client.login(username="focal_point", password=PASSWORD)

    body = client.get("/workspace/inbox/").content.decode()

    assert (
        f'href="/workspace/assessments/{in_review.pk}/answers/1.1.1/#comment-{question.pk}"' in body
    )
    assert "Check?" in body
    assert 'class="count-badge">2<' in body


def test_the_inbox_can_show_one_assessment(client, cast, in_review, answer_of):
    add_comment(in_review, cast["researcher"], "Check?", answer=answer_of("1.1.1"))
    client.login(username="focal_point", password=PASSWORD)

    assert "Check?" in client.get(f"/workspace/inbox/?assessment={in_review.pk}").content.decode()
    assert "Check?" not in client.get("/workspace/inbox/?assessment=999999").content.decode()


def test_the_inbox_asks_to_sign_in(client):
    assert client.get("/workspace/inbox/").status_code == 302
