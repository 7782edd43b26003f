"""From the dashboard to each open comment and each waiting step in one click; people's names."""

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.comments import add_comment
from tests.workspace.conftest import set_status


@pytest.fixture
def question(cast, draft, answer_of):
    set_status(draft, "government_review")
    return add_comment(draft, cast["focal_point"], "Which law is this?", answer=answer_of("1.1.1"))


def links(client, url: str) -> dict[str, str]:
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {" ".join(a.get_text().split()): a["href"] for a in soup.select("main a")}


def test_the_open_comments_number_links_to_the_open_threads(client, cast, draft, question):
    client.force_login(cast["coordinator"])
    soup = BeautifulSoup(client.get("/workspace/").content, "html.parser")

    number = soup.select_one("table a[href$='/comments/open/']")
    assert number.get_text() == "1"
    assert number["aria-label"] == "1 open comment on Peru 2023"

    threads = links(client, number["href"])
    anchor = f"/workspace/assessments/{draft.pk}/answers/1.1.1/#comment-{question.pk}"
    assert threads["Indicator 1.1.1: thread opened by focal_point"] == anchor


def test_each_inbox_entry_on_the_dashboard_leads_to_its_thread(client, cast, draft, question):
    client.force_login(cast["researcher"])
    add_comment(draft, cast["researcher"], "Law 26842", parent=question)
    reply = add_comment(draft, cast["focal_point"], "Thanks: and the decree?", parent=question)
    client.force_login(cast["researcher"])

    found = links(client, "/workspace/")

    assert found["focal_point replied after you on indicator 1.1.1"] == (
        f"/workspace/assessments/{draft.pk}/answers/1.1.1/#comment-{reply.pk}"
    )
    assert found["Open your inbox (one item)"] == "/workspace/inbox/"


def test_each_waiting_item_links_to_where_it_is_done(client, cast, draft, question):
    client.force_login(cast["coordinator"])

    found = links(client, "/workspace/")

    assert found["1 comment thread is open"] == f"/workspace/assessments/{draft.pk}/comments/open/"
    assert found[
        f"{draft.answers.filter(option=None).count()} indicators are not answered yet"
    ] == (f"/workspace/assessments/{draft.pk}/questionnaire/")


def test_the_header_counts_the_inbox_on_every_workspace_page(client, cast, draft, question):
    client.force_login(cast["coordinator"])

    page = client.get(f"/workspace/assessments/{draft.pk}/").content.decode()

    soup = BeautifulSoup(page, "html.parser")
    inbox = soup.select_one(".site-header a.inbox-link")
    assert inbox["href"] == "/workspace/inbox/"
    assert inbox.get_text(" ", strip=True) == "Inbox 1 item waits for you"


def test_comments_and_the_team_show_full_names(client, cast, draft, question):
    cast["focal_point"].first_name, cast["focal_point"].last_name = "Lucía", "Torres"
    cast["focal_point"].save()
    client.force_login(cast["coordinator"])

    answer_page = client.get(f"/workspace/assessments/{draft.pk}/answers/1.1.1/").content.decode()
    overview = client.get(f"/workspace/assessments/{draft.pk}/").content.decode()

    assert "<strong>Lucía Torres</strong>" in answer_page
    assert "Lucía Torres (focal_point): Government focal point" in overview
    # Without a full name, the user name stands in.
    assert "researcher: Researcher" in overview
