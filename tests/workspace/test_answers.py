import threading

import pytest
from django.db import close_old_connections

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, save_answer
from mgi.assessments.errors import AssessmentError, EditConflict
from mgi.assessments.models import Answer, AuditRecord
from tests.workspace.conftest import PASSWORD


def test_a_researcher_answers_with_a_justification_and_sources(cast, draft, answer_of):
    law = add_source(
        draft,
        SourceFields(title="General Health Law", kind="law", url="https://example.org/law"),
        cast["researcher"],
    )
    answer = answer_of("1.1.1")

    save_answer(
        answer,
        1,
        AnswerEdit("complete", "Article 5 opens *all* clinics.", [law.pk]),
        cast["researcher"],
    )

    answer = answer_of("1.1.1")
    assert (answer.option.code, answer.version) == ("complete", 2)
    assert list(answer.sources.all()) == [law]
    record = AuditRecord.objects.get(action="edit_answer")
    assert record.before["option"] is None and record.after["option"] == "complete"
    assert record.after["sources"] == [law.pk]


def test_a_save_from_an_old_version_is_refused_and_nothing_is_lost(cast, draft, answer_of):
    answer = answer_of("1.1.1")
    save_answer(answer, 1, AnswerEdit("complete", "First", []), cast["researcher"])

    with pytest.raises(EditConflict) as caught:
        save_answer(answer_of("1.1.1"), 1, AnswerEdit("absent", "Second", []), cast["coordinator"])

    assert caught.value.current.justification == "First"
    saved = answer_of("1.1.1")
    assert (saved.option.code, saved.justification, saved.version) == ("complete", "First", 2)


def test_an_option_of_another_scale_is_refused(cast, draft, answer_of):
    with pytest.raises(AssessmentError, match="not an option"):
        save_answer(answer_of("1.1.1"), 1, AnswerEdit("yes", "", []), cast["researcher"])


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x.org"])
def test_a_source_address_must_be_a_web_address(cast, draft, url):
    with pytest.raises(AssessmentError, match="http or https"):
        add_source(draft, SourceFields(title="A law", kind="law", url=url), cast["researcher"])


@pytest.mark.django_db(transaction=True)
def test_two_people_saving_the_same_version_at_once_one_wins_and_one_is_told(cast, draft):
    answer_id = draft.answers.get(indicator__code="1.1.1").pk
    barrier = threading.Barrier(2)
    outcomes = []

    def save(user, option):
        try:
            answer = Answer.objects.select_related("assessment", "indicator").get(pk=answer_id)
            barrier.wait(timeout=10)
            save_answer(answer, 1, AnswerEdit(option, f"by {user.username}", []), user)
            outcomes.append(("saved", user.username))
        except EditConflict:
            outcomes.append(("conflict", user.username))
        finally:
            close_old_connections()

    threads = [
        threading.Thread(target=save, args=(cast["researcher"], "complete")),
        threading.Thread(target=save, args=(cast["coordinator"], "absent")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(kind for kind, _ in outcomes) == ["conflict", "saved"]
    winner = next(name for kind, name in outcomes if kind == "saved")
    final = Answer.objects.get(pk=answer_id)
    assert (final.justification, final.version) == (f"by {winner}", 2)
    assert AuditRecord.objects.filter(action="edit_answer").count() == 1


def test_the_answer_page_reports_a_conflict_and_keeps_the_persons_text(client, cast, draft):
    client.login(username="researcher", password=PASSWORD)
    page = f"/workspace/assessments/{draft.pk}/answers/1.1.1/"
    client.post(page, {"version": 1, "option": "complete", "justification": "Mine first"})

    response = client.post(page, {"version": 1, "option": "absent", "justification": "Stale edit"})

    assert response.status_code == 409
    body = response.content.decode()
    assert "saved by someone else" in body
    assert "Mine first" in body and "Stale edit" in body
    assert 'name="version" value="2"' in body


def test_saving_from_the_page_with_a_new_source(client, cast, draft, answer_of):
    client.login(username="researcher", password=PASSWORD)

    response = client.post(
        f"/workspace/assessments/{draft.pk}/answers/1.1.2/",
        {
            "version": 1,
            "option": "partial",
            "justification": "Only public schools",
            "new-source-title": "Education Act",
            "new-source-kind": "law",
            "new-source-url": "https://example.org/education",
            "new-source-date": "2020-01-31",
        },
    )

    assert response.status_code == 302
    answer = answer_of("1.1.2")
    assert answer.option.code == "partial"
    assert [(s.title, str(s.date)) for s in answer.sources.all()] == [
        ("Education Act", "2020-01-31")
    ]
