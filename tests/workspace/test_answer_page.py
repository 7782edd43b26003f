"""The answer page: an optional new source, save and go to the next, refusals that keep the text."""

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.models import Comment, Source
from tests.workspace.conftest import PASSWORD


@pytest.fixture
def researcher(client, cast):
    client.login(username="researcher", password=PASSWORD)
    return client


def address(draft, code: str, query: str = "") -> str:
    return f"/workspace/assessments/{draft.pk}/answers/{code}/{query}"


def errors_of(body: str) -> list[str]:
    soup = BeautifulSoup(body, "html.parser")
    return [p.get_text() for p in soup.select(".field-error")]


def test_a_researcher_saves_an_answer_without_a_source(researcher, draft, answer_of):
    # A browser sends the new source's kind, a select, even when nothing else of it is filled.
    response = researcher.post(
        address(draft, "1.1.1"),
        {
            "version": 1,
            "option": "complete",
            "justification": "Article 5",
            "new-source-title": "",
            "new-source-kind": "law",
            "new-source-citation": "",
            "new-source-url": "",
            "new-source-date": "",
        },
    )

    assert response.status_code == 302
    assert answer_of("1.1.1").option.code == "complete"
    assert not Source.objects.filter(assessment=draft).exists()


def test_the_optional_new_source_fields_are_not_required_by_the_browser(researcher, draft):
    soup = BeautifulSoup(researcher.get(address(draft, "1.1.1")).content, "html.parser")

    fieldset = soup.select_one("fieldset.new-source")
    assert fieldset.select("[required]") == []
    assert soup.select_one("#id_new-source-title") is not None


def test_other_new_source_fields_without_a_title_are_refused_on_the_title(
    researcher, draft, answer_of
):
    response = researcher.post(
        address(draft, "1.1.1"),
        {
            "version": 1,
            "option": "partial",
            "justification": "Typed with care",
            "new-source-kind": "law",
            "new-source-url": "https://example.org/law",
        },
    )

    assert response.status_code == 400
    body = response.content.decode()
    assert errors_of(body) == [
        "Title: the new source has no title. Give it one, or clear its other fields "
        "(Web address) to save the answer without a new source."
    ]
    soup = BeautifulSoup(body, "html.parser")
    assert soup.select_one("#id_new-source-url")["value"] == "https://example.org/law"
    assert soup.select_one("#id_justification").get_text().strip() == "Typed with care"
    assert answer_of("1.1.1").option is None
    assert not Source.objects.exists()


def test_a_bad_web_address_is_refused_naming_the_field_and_the_value(researcher, draft):
    response = researcher.post(
        address(draft, "1.1.1"),
        {
            "version": 1,
            "justification": "Kept",
            "new-source-title": "Migration Act",
            "new-source-kind": "law",
            "new-source-url": "htp//x",
        },
    )

    assert response.status_code == 400
    assert errors_of(response.content.decode()) == [
        "Web address: “htp//x” is not a valid web address."
    ]


def test_an_existing_source_is_chosen_without_adding_one(researcher, draft, answer_of):
    law = Source.objects.create(assessment=draft, title="General Health Law", kind="law")

    researcher.post(
        address(draft, "1.1.1"),
        {"version": 1, "option": "complete", "sources": [law.pk], "new-source-kind": "law"},
    )

    assert list(answer_of("1.1.1").sources.all()) == [law]
    assert Source.objects.count() == 1


def test_a_conflict_adds_no_new_source_so_saving_again_adds_it_once(researcher, draft):
    page = address(draft, "1.1.1")
    researcher.post(page, {"version": 1, "option": "complete"})
    stale = {
        "version": 1,
        "option": "absent",
        "new-source-title": "Migration Act",
        "new-source-kind": "law",
    }

    response = researcher.post(page, stale)

    assert response.status_code == 409
    assert not Source.objects.exists()
    body = response.content.decode()
    # The other person's answer is shown by its label, and the form has no false error.
    soup = BeautifulSoup(body, "html.parser")
    assert "Their answer: Complete" in " ".join(soup.select_one(".conflict").get_text().split())
    assert errors_of(body) == []
    researcher.post(page, {**stale, "version": 2})
    assert Source.objects.filter(title="Migration Act").count() == 1


def test_a_reader_sees_the_options_label_not_its_code(client, cast, draft, answer_of):
    answer = answer_of("1.1.1")
    answer.option = answer.indicator.scale.options.get(code="partial")
    answer.save()
    client.login(username="focal_point", password=PASSWORD)

    body = client.get(address(draft, "1.1.1")).content.decode()

    section = BeautifulSoup(body, "html.parser").select_one("#answer-heading").parent
    assert section.find("strong").get_text() == "Partial"


def test_save_and_go_to_the_next_opens_the_next_indicator(researcher, draft, answer_of):
    response = researcher.post(
        address(draft, "1.1.1"), {"version": 1, "option": "complete", "then": "next"}
    )

    assert response.status_code == 302
    assert response["Location"] == address(draft, "1.1.2")
    assert answer_of("1.1.1").option.code == "complete"


def test_save_and_go_to_the_next_keeps_to_the_unanswered_filter(researcher, draft, answer_of):
    for code in ("1.1.2", "1.1.3"):
        researcher.post(address(draft, code), {"version": 1, "option": "absent"})

    response = researcher.post(
        address(draft, "1.1.1", "?show=unanswered"),
        {"version": 1, "option": "complete", "then": "next", "show": "unanswered"},
    )

    assert response["Location"] == address(draft, "1.1.4", "?show=unanswered")
    page = researcher.get(response["Location"]).content.decode()
    assert 'name="show" value="unanswered"' in page


def test_save_and_next_under_a_filter_comes_back_to_an_indicator_skipped_earlier(researcher, draft):
    codes = list(
        draft.answers.order_by("indicator__order").values_list("indicator__code", flat=True)
    )
    last = codes[-1]

    response = researcher.post(
        address(draft, last),
        {"version": 1, "option": "complete", "then": "next", "show": "unanswered"},
    )

    assert response["Location"] == address(draft, codes[0], "?show=unanswered")


def test_save_and_next_with_nothing_left_goes_back_to_the_questionnaire(researcher, draft):
    answer = draft.answers.get(indicator__code="1.1.1")
    Comment.objects.create(assessment=draft, answer=answer, text="Source?")

    response = researcher.post(
        address(draft, "1.1.1"),
        {"version": 1, "option": "complete", "then": "next", "show": "commented"},
    )

    assert (
        response["Location"] == f"/workspace/assessments/{draft.pk}/questionnaire/?show=commented"
    )
