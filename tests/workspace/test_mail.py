"""Mail after review events: a step waiting for a role, a reply, a mention; opt-out; the digest."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command

from mgi.assessments.comments import add_comment
from mgi.assessments.workflow import move_assessment
from mgi.workspace.models import DigestEntry
from mgi.workspace.preferences import save_mail_preference
from tests.workspace.conftest import set_status


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit, as a real request would once its transaction ends."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def in_review(draft):
    set_status(draft, "government_review")
    return draft


def test_sending_the_draft_to_the_government_mails_its_focal_point(cast, draft, committed):
    cast["focal_point"].first_name, cast["focal_point"].last_name = "Lucía", "Torres"
    cast["focal_point"].save()

    committed(move_assessment, draft, "government_review", cast["coordinator"], "Draft ready")

    assert [m.to for m in mail.outbox] == [["focal_point@example.org"]]
    message = mail.outbox[0]
    assert message.subject == "Peru 2023 waits for the government's review"
    assert "Hello Lucía Torres," in message.body
    assert "Draft ready" in message.body
    assert f"http://127.0.0.1:8000/workspace/assessments/{draft.pk}/" in message.body


def test_no_mail_is_sent_before_the_move_commits(cast, draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as waiting:
        move_assessment(draft, "government_review", cast["coordinator"])

    assert mail.outbox == []
    for callback in waiting:
        callback()
    assert len(mail.outbox) == 1


def test_a_reply_mails_the_others_in_the_thread_with_a_link_to_it(
    cast, in_review, answer_of, committed, settings
):
    settings.MGI_SITE_URL = "https://mgi.example.org/"
    question = committed(
        add_comment, in_review, cast["focal_point"], "Which law?", answer=answer_of("1.1.1")
    )
    assert mail.outbox == []

    reply = committed(add_comment, in_review, cast["researcher"], "Law 26842", parent=question)

    assert [m.to for m in mail.outbox] == [["focal_point@example.org"]]
    assert "researcher replied to your comment on indicator 1.1.1" in mail.outbox[0].subject
    assert (
        f"https://mgi.example.org/workspace/assessments/{in_review.pk}/answers/1.1.1/"
        f"#comment-{reply.pk}" in mail.outbox[0].body
    )
    assert "Law 26842" in mail.outbox[0].body


def test_a_mention_mails_the_member_mentioned_and_nobody_outside_the_team(
    cast, in_review, answer_of, committed
):
    committed(
        add_comment,
        in_review,
        cast["researcher"],
        "@coordinator and @outsider: please check.",
        answer=answer_of("1.1.1"),
    )

    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]
    assert mail.outbox[0].subject == "researcher mentioned you on indicator 1.1.1 in Peru 2023"


def test_mail_comes_in_the_language_the_person_chose(cast, in_review, answer_of, committed):
    save_mail_preference(cast["coordinator"], "each", "es")

    committed(
        add_comment, in_review, cast["researcher"], "@coordinator ?", answer=answer_of("1.1.1")
    )

    body = mail.outbox[0].body
    assert f"http://127.0.0.1:8000/es/workspace/assessments/{in_review.pk}/" in body
    assert "Hola" in body


def test_a_person_who_turned_mail_off_gets_none(cast, in_review, answer_of, committed):
    save_mail_preference(cast["coordinator"], "off", "en")

    committed(
        add_comment, in_review, cast["researcher"], "@coordinator ?", answer=answer_of("1.1.1")
    )
    committed(move_assessment, in_review, "consultation", cast["coordinator"])

    assert [m.to for m in mail.outbox] == [["focal_point@example.org"]]
    assert DigestEntry.objects.count() == 0


def test_the_daily_digest_sends_one_mail_with_every_event_then_nothing(
    cast, draft, answer_of, committed
):
    save_mail_preference(cast["focal_point"], "digest", "en")
    committed(move_assessment, draft, "government_review", cast["coordinator"])
    question = committed(
        add_comment, draft, cast["focal_point"], "Which law?", answer=answer_of("1.1.1")
    )
    committed(add_comment, draft, cast["researcher"], "Law 26842", parent=question)
    committed(add_comment, draft, cast["coordinator"], "@focal_point ok?", parent=question)
    # The researcher, who wrote earlier in the thread, still has a mail per event.
    assert [m.to for m in mail.outbox] == [["researcher@example.org"]]
    mail.outbox.clear()

    call_command("send_digest", stdout=io.StringIO())

    assert [m.to for m in mail.outbox] == [["focal_point@example.org"]]
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "Your MGI Platform digest: 3 events"
    assert "Peru 2023 waits for the government's review" in body
    assert "researcher replied to your comment on indicator 1.1.1" in body
    assert "coordinator mentioned you on indicator 1.1.1" in body

    call_command("send_digest", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_the_preferences_page_saves_the_choice_and_keeps_it(client, cast):
    client.force_login(cast["researcher"])

    response = client.post("/workspace/preferences/", {"delivery": "digest", "language": "fr"})
    page = client.get("/workspace/preferences/").content.decode()

    assert response.status_code == 302
    checked = BeautifulSoup(page, "html.parser").select_one("input[name=delivery][checked]")
    assert checked["value"] == "digest"
    assert cast["researcher"].mail_preference.language == "fr"


def test_the_preferences_page_refuses_an_unknown_choice(client, cast):
    client.force_login(cast["researcher"])

    response = client.post("/workspace/preferences/", {"delivery": "hourly", "language": "en"})

    assert response.status_code == 200
    assert "hourly is not one of the available choices" in response.content.decode()


def test_a_return_to_data_collection_mails_the_researchers_its_reason_on_one_subject_line(
    cast, in_review, committed
):
    committed(
        move_assessment,
        in_review,
        "data_collection",
        cast["coordinator"],
        "Cite the decree\nand law",
    )

    assert [m.to for m in mail.outbox] == [["researcher@example.org"]]
    assert mail.outbox[0].subject == (
        "Peru 2023 was returned to data collection: “Cite the decree and law”"
    )
    assert "Cite the decree\nand law" in mail.outbox[0].body
