import pytest
from bs4 import BeautifulSoup

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.comments import add_comment, open_threads, resolve_thread
from mgi.assessments.errors import AssessmentError, NotAllowed
from mgi.profiles.rounds import start_correction
from tests.workspace.conftest import PASSWORD, set_status


def test_comments_form_threads_that_editors_resolve(cast, draft):
    answer = draft.answers.get(indicator__code="1.1.1")
    set_status(draft, "government_review")
    question = add_comment(draft, cast["focal_point"], "Which law is this?", answer=answer)
    reply = add_comment(draft, cast["researcher"], "Law 26842", parent=question)
    nested = add_comment(draft, cast["focal_point"], "Thanks", parent=reply)

    assert reply.parent == question and nested.parent == question
    assert list(open_threads(draft)) == [question]
    with pytest.raises(NotAllowed):
        resolve_thread(question, cast["focal_point"])
    resolve_thread(nested, cast["researcher"])
    assert list(open_threads(draft)) == []


def test_an_empty_comment_is_refused(cast, draft):
    answer = draft.answers.get(indicator__code="1.1.1")

    with pytest.raises(AssessmentError, match="empty"):
        add_comment(draft, cast["researcher"], "   ", answer=answer)


def test_the_history_page_shows_before_and_after_of_an_edited_answer(client, cast, draft):
    row = draft.answers.get(indicator__code="1.1.1")
    save_answer(row, 1, AnswerEdit("partial", "Emergency care only", []), cast["researcher"])
    row.refresh_from_db()
    save_answer(
        row, 2, AnswerEdit("complete", "All care, since the 2021 reform", []), cast["researcher"]
    )
    client.login(username="focal_point", password=PASSWORD)

    body = client.get(f"/workspace/assessments/{draft.pk}/history/").content.decode()

    latest = BeautifulSoup(body, "html.parser").select_one(".history-list > li")
    assert "from Partial to Complete" in latest.select_one(".sentence").get_text()
    assert [d.get_text() for d in latest.select(".text-diff del")] == [
        "removed: Emergency care only"
    ]
    assert [i.get_text() for i in latest.select(".text-diff ins")] == [
        "added: All care, since the 2021 reform"
    ]


def test_the_diff_between_revisions_lists_changed_answers_and_findings(client, cast, draft):
    row = draft.answers.get(indicator__code="1.1.1")
    save_answer(row, 1, AnswerEdit("partial", "Before the reform", []), cast["researcher"])
    set_status(draft, "published")
    correction = start_correction(draft, cast["coordinator"], "The 2021 reform")
    row = correction.answers.get(indicator__code="1.1.1")
    save_answer(
        row, row.version, AnswerEdit("complete", "After the reform", []), cast["researcher"]
    )
    client.login(username="coordinator", password=PASSWORD)

    body = client.get(f"/workspace/assessments/{correction.pk}/diff/?from=1&to=2").content.decode()

    assert "Before the reform" in body and "After the reform" in body
    assert body.count('<th scope="row">') == 1
