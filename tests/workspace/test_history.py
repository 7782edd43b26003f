"""The history page tells in plain words who changed what, with filters, pages and raw records."""

import ast
import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, edit_source, save_answer
from mgi.assessments.comments import add_comment
from mgi.assessments.creation import add_member
from mgi.assessments.models import Assessment
from mgi.assessments.workflow import move_assessment
from mgi.profiles.drafting import add_finding, delete_finding, edit_finding, move_finding
from mgi.workspace.history import PER_PAGE
from mgi.workspace.history.lines import DESCRIBERS
from tests.workspace.conftest import PASSWORD, make_user

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def named(cast):
    for username, first, last in (
        ("researcher", "Ana", "Quispe"),
        ("coordinator", "Carla", "Díaz"),
    ):
        cast[username].first_name, cast[username].last_name = first, last
        cast[username].save()
    maria = make_user("maria")
    maria.first_name, maria.last_name = "María", "Ruiz"
    maria.save()
    return cast


def history(client, draft, query: str = "", username: str = "focal_point") -> BeautifulSoup:
    client.login(username=username, password=PASSWORD)
    response = client.get(f"/workspace/assessments/{draft.pk}/history/{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def sentences(soup: BeautifulSoup) -> list[str]:
    return [" ".join(p.get_text().split()) for p in soup.select(".history-list .sentence")]


def answer_twice(draft, researcher):
    row = draft.answers.get(indicator__code="2.1.1")
    law = add_source(
        draft,
        SourceFields("Ley de Migraciones", "law", date=datetime.date(2017, 1, 6)),
        researcher,
    )
    save_answer(row, 1, AnswerEdit("partial", "The agency exists.", [law.pk]), researcher)
    save_answer(row, 2, AnswerEdit("complete", "The agency exists by law.", []), researcher)
    return law


def test_the_history_tells_each_kind_of_change_in_plain_words(client, named, draft):
    researcher, coordinator = named["researcher"], named["coordinator"]
    add_member(draft, "maria", "researcher", coordinator)
    law = answer_twice(draft, researcher)
    edit_source(law, 1, SourceFields("Ley de Migraciones 1350", "law"), researcher)
    domain = draft.framework.domains.get(number=2)
    finding = add_finding(draft, domain, "well_developed", "Peru has an agency.", [], researcher)
    edit_finding(finding, 1, "Peru has a migration agency.", ["2.1.1"], researcher)
    move_assessment(draft, "government_review", coordinator, "First draft")

    lines = sentences(history(client, draft))

    question = "Is there a dedicated government agency responsible for implementing m…"
    assert lines[:8] == [
        "Carla Díaz moved the assessment from Data collection to Government review: ‘First draft’",
        "Ana Quispe edited the finding “Peru has a migration agency.” in domain 2 "
        "(Whole of government approach)",
        "Ana Quispe added the finding “Peru has an agency.” to domain 2 "
        "(Whole of government approach) as a well-developed area",
        "Ana Quispe edited the source Ley de Migraciones 1350",
        f"Ana Quispe changed the answer to 2.1.1 ({question}) from Partial to Complete",
        f"Ana Quispe answered 2.1.1 ({question}): Partial",
        "Ana Quispe added the source Ley de Migraciones (2017) (Law)",
        "Carla Díaz added María Ruiz as Researcher",
    ]


def test_an_answers_line_lists_its_sources_by_title_and_diffs_its_justification(
    client, named, draft
):
    answer_twice(draft, named["researcher"])

    soup = history(client, draft)

    first, second = soup.select(".history-list > li")[:2]
    assert [li.get_text() for li in second.select(".details li")] == [
        "added source: Ley de Migraciones (2017)"
    ]
    assert [li.get_text() for li in first.select(".details li")] == [
        "removed source: Ley de Migraciones (2017)"
    ]
    diff = first.select_one(".text-diff")
    assert [i.get_text() for i in diff.select("ins")] == ["added: exists by law."]
    assert [d.get_text() for d in diff.select("del")] == ["removed: exists."]
    assert "The agency" in diff.get_text()


def test_a_source_edit_lists_each_changed_field(client, named, draft):
    law = answer_twice(draft, named["researcher"])
    edit_source(
        law, 1, SourceFields("Ley 1350", "law", url="https://example.org"), named["researcher"]
    )

    soup = history(client, draft)

    assert [li.get_text() for li in soup.select(".history-list > li")[0].select(".details li")] == [
        "Title: from “Ley de Migraciones” to “Ley 1350”",
        "Web address: from (empty) to “https://example.org”",
        "Date: from “2017-01-06” to (empty)",
    ]


def test_removed_and_moved_findings_are_named_by_their_text(client, named, draft):
    researcher = named["researcher"]
    domain = draft.framework.domains.get(number=3)
    first = add_finding(draft, domain, "potential", "First finding.", [], researcher)
    second = add_finding(draft, domain, "potential", "Second finding.", [], researcher)
    move_finding(second, -1, researcher)
    delete_finding(first, researcher)

    assert sentences(history(client, draft))[:2] == [
        "Ana Quispe removed the finding “First finding.” from domain 3 (Partnerships)",
        "Ana Quispe moved the finding “Second finding.” from position 2 to 1",
    ]


def test_comments_and_team_changes_name_what_and_whom(client, named, draft):
    coordinator = named["coordinator"]
    add_member(draft, "maria", "researcher", coordinator)
    add_member(draft, "maria", "coordinator", coordinator)
    row = draft.answers.get(indicator__code="1.1.1")
    question = add_comment(draft, coordinator, "Which law?", answer=row)
    add_comment(draft, named["researcher"], "Law 26842", parent=question)

    lines = sentences(history(client, draft))

    assert lines[0].startswith("Ana Quispe replied on 1.1.1 (")
    assert lines[0].endswith("): “Law 26842”")
    assert lines[1].startswith("Carla Díaz commented on 1.1.1 (")
    assert lines[2] == "Carla Díaz changed María Ruiz's role from Researcher to Coordinator"


def test_the_history_filters_by_person_kind_and_domain(client, named, draft):
    researcher, coordinator = named["researcher"], named["coordinator"]
    add_member(draft, "maria", "researcher", coordinator)
    answer_twice(draft, researcher)
    row = draft.answers.get(indicator__code="1.1.1")
    save_answer(row, 1, AnswerEdit("absent", "", []), researcher)

    by_person = sentences(history(client, draft, f"?person={coordinator.pk}"))
    by_kind = sentences(history(client, draft, "?kind=sources"))
    by_domain = sentences(history(client, draft, "?domain=1"))

    assert by_person == ["Carla Díaz added María Ruiz as Researcher", by_person[1]]
    assert by_person[1].startswith("Carla Díaz created the assessment")
    assert by_kind == ["Ana Quispe added the source Ley de Migraciones (2017) (Law)"]
    assert len(by_domain) == 1 and by_domain[0].startswith("Ana Quispe answered 1.1.1 (")


def test_the_history_comes_in_pages(client, named, draft):
    row = draft.answers.get(indicator__code="1.1.1")
    for version in range(1, PER_PAGE + 2):
        save_answer(row, version, AnswerEdit(None, f"Draft {version}", []), named["researcher"])

    first = history(client, draft, "?kind=answers")
    second = history(client, draft, "?kind=answers&page=2")

    assert len(first.select(".history-list > li")) == PER_PAGE
    assert len(second.select(".history-list > li")) == 1
    assert first.select_one("a[rel=next]")["href"] == "?kind=answers&page=2"


def test_the_page_runs_in_the_same_number_of_queries_whatever_it_shows(client, named, draft):
    researcher = named["researcher"]
    history(client, draft)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            history(client, draft)
        return len(captured)

    domain = draft.framework.domains.get(number=1)

    def one_of_each(n: int, code: str):
        row = draft.answers.get(indicator__code=code)
        law = add_source(draft, SourceFields(f"Law {n}", "law"), researcher)
        save_answer(row, 1, AnswerEdit("partial", "x", [law.pk]), researcher)
        add_finding(draft, domain, "potential", f"Finding {n}", [code], researcher)
        later = add_finding(draft, domain, "potential", f"Later {n}", [], researcher)
        move_finding(later, -1, researcher)
        add_comment(draft, researcher, "Why?", answer=row)
        add_member(draft, make_user(f"member{n}").username, "researcher", named["coordinator"])

    one_of_each(0, "1.1.1")
    few = queries()
    for n, code in enumerate(("1.1.2", "1.1.3", "1.1.4", "1.2.1"), start=1):
        one_of_each(n, code)
    assert queries() == few


def test_only_staff_see_the_raw_record(client, named, draft):
    answer_twice(draft, named["researcher"])
    assert history(client, draft).select(".raw-record") == []

    named["coordinator"].is_staff = True
    named["coordinator"].save()
    raw = history(client, draft, username="coordinator").select(".raw-record")

    assert raw and '"action": "edit_answer"' in raw[0].select_one("pre").get_text()


def test_every_recorded_kind_of_change_has_its_plain_words():
    """A new log_action in the assessment's apps needs its describer, or the page says little."""
    actions = set()
    for folder in ("mgi/assessments", "mgi/profiles"):
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "log_action":
                    actions.update(
                        c.value
                        for c in ast.walk(node.args[0])
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)
                    )
    assert actions and actions <= set(DESCRIBERS), sorted(actions - set(DESCRIBERS))


def test_a_correction_and_an_approval_read_as_such(client, named, draft):
    Assessment.objects.filter(pk=draft.pk).update(status="consultation")
    draft.refresh_from_db()
    named["focal_point"].first_name = "Rosa"
    named["focal_point"].save()

    move_assessment(draft, "validated", named["focal_point"], "Approved by the ministry")

    assert sentences(history(client, draft))[0] == (
        "Rosa gave the government's approval, moving the assessment from Consultation to "
        "Validated: ‘Approved by the ministry’"
    )
