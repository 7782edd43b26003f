"""The questionnaire: all, unanswered only, or with open comments; marks and counts per domain."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.comments import add_comment, resolve_thread
from mgi.assessments.models import Answer
from tests.workspace.conftest import PASSWORD


@pytest.fixture
def researcher(client, cast):
    client.login(username="researcher", password=PASSWORD)
    return client


def page(client, draft, query: str = "") -> BeautifulSoup:
    response = client.get(f"/workspace/assessments/{draft.pk}/questionnaire/{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_codes(soup: BeautifulSoup) -> list[str]:
    return [a.get_text() for a in soup.select(".indicator-list li > a")]


def answer(draft, code: str, option: str = "complete") -> Answer:
    row = draft.answers.get(indicator__code=code)
    row.option = row.indicator.scale.options.get(code=option)
    row.save()
    return row


def test_the_unanswered_filter_lists_only_indicators_without_an_answer(researcher, draft):
    answer(draft, "1.1.1")
    total = draft.answers.count()

    soup = page(researcher, draft, "?show=unanswered")

    codes = listed_codes(soup)
    assert "1.1.1" not in codes and "1.1.2" in codes
    assert len(codes) == total - 1
    assert soup.select_one("select[name=show] option[selected]")["value"] == "unanswered"


def test_the_comments_filter_lists_only_indicators_with_open_threads(cast, researcher, draft):
    first = draft.answers.get(indicator__code="1.1.2")
    second = draft.answers.get(indicator__code="2.1.1")
    add_comment(draft, cast["coordinator"], "Which law?", answer=first)
    add_comment(draft, cast["coordinator"], "And the decree?", answer=first)
    resolve_thread(add_comment(draft, cast["coordinator"], "Ok", answer=second), cast["researcher"])

    assert listed_codes(page(researcher, draft, "?show=commented")) == ["1.1.2"]


def test_each_indicator_with_open_threads_is_marked_in_words(cast, researcher, draft):
    first = draft.answers.get(indicator__code="1.1.2")
    question = add_comment(draft, cast["coordinator"], "Which law?", answer=first)
    add_comment(draft, cast["researcher"], "Law 26842", parent=question)
    add_comment(draft, cast["coordinator"], "And the decree?", answer=first)

    soup = page(researcher, draft)

    item = next(li for li in soup.select(".indicator-list li") if li.a.get_text() == "1.1.2")
    assert item.select_one(".comment-mark .visually-hidden").get_text() == "2 open comments"
    assert len(soup.select(".comment-mark")) == 1


def test_each_domain_heading_counts_its_unanswered_indicators_and_open_comments(
    cast, researcher, draft
):
    answer(draft, "1.1.1")
    add_comment(draft, cast["coordinator"], "Which law?", answer=answer(draft, "1.1.2"))
    in_domain_1 = draft.answers.filter(indicator__area__domain__number=1).count()

    heading = page(researcher, draft).select_one("#q-domain-1")

    assert heading.select_one(".domain-counts").get_text() == (
        f"({in_domain_1 - 2} unanswered, 1 open comment)"
    )


def test_the_filter_is_a_plain_form_that_works_without_scripts(researcher, draft):
    form = page(researcher, draft).select_one("form.filter-form")

    assert form["method"] == "get"
    assert [o["value"] for o in form.select("select[name=show] option")] == [
        "all",
        "unanswered",
        "commented",
    ]


def test_the_questionnaire_runs_in_the_same_number_of_queries_whatever_its_comments(
    cast, researcher, draft
):
    researcher.get(f"/workspace/assessments/{draft.pk}/questionnaire/")  # warm the session

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            page(researcher, draft, "?show=commented")
        return len(captured)

    add_comment(draft, cast["coordinator"], "One", answer=answer(draft, "1.1.1"))
    few = queries()
    for code in ("1.1.2", "2.1.1", "3.1.1", "4.1.1", "5.1.1", "6.1.1"):
        add_comment(draft, cast["coordinator"], "More", answer=answer(draft, code))
    assert queries() == few
