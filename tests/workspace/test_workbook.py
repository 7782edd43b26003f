import io

import pytest
from openpyxl import load_workbook

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, save_answer
from mgi.assessments.models import Answer, AuditRecord, Source
from tests.workspace.conftest import PASSWORD


@pytest.fixture
def researcher_client(client, cast):
    client.login(username="researcher", password=PASSWORD)
    return client


@pytest.fixture
def with_source(cast, draft):
    return add_source(draft, SourceFields(title="Migration Act", kind="law"), cast["researcher"])


def download(client, assessment):
    response = client.get(f"/workspace/assessments/{assessment.pk}/questionnaire.xlsx")
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def upload(client, assessment, book_or_bytes):
    if isinstance(book_or_bytes, bytes):
        raw = book_or_bytes
    else:
        buffer = io.BytesIO()
        book_or_bytes.save(buffer)
        raw = buffer.getvalue()
    file = io.BytesIO(raw)
    file.name = "questionnaire.xlsx"
    response = client.post(
        f"/workspace/assessments/{assessment.pk}/questionnaire/upload/",
        {"workbook": file},
        follow=True,
    )
    return response.content.decode()


def row_of(sheet, code):
    return next(row for row in sheet.iter_rows(min_row=2) if row[0].value == code)


def state(assessment) -> dict:
    return {
        "answers": sorted(
            Answer.objects.filter(assessment=assessment).values_list(
                "indicator__code", "option__code", "justification", "version"
            )
        ),
        "sources": sorted(
            Source.objects.filter(assessment=assessment).values_list("title", "url", "version")
        ),
        "links": sorted(Answer.sources.through.objects.values_list("answer_id", "source_id")),
        "audit": AuditRecord.objects.count(),
    }


def test_download_edit_and_upload_applies_exactly_the_edits(researcher_client, draft, with_source):
    book = download(researcher_client, draft)
    answers, sources = book["Answers"], book["Sources"]
    row = row_of(answers, "1.1.1")
    row[4].value, row[5].value = "complete", "Article 5 of the Health Law"
    row[6].value = f"S{with_source.pk}"
    row = row_of(answers, "2.1.1")
    row[4].value, row[5].value, row[6].value = "partial", "A new agency, not yet staffed", "N1"
    sources.append(["N1", "Decree 1350", "law", "", "https://example.org/decree", "2017-01-07"])
    sources["B2"].value = "Migration Act (as amended)"
    before = state(draft)

    page = upload(researcher_client, draft, book)

    assert "The workbook is applied: 2 answers, 1 new source, 1 source changed." in page
    after = state(draft)
    changed = [a for a in after["answers"] if a not in before["answers"]]
    assert [(code, option, version) for code, option, _, version in changed] == [
        ("1.1.1", "complete", 2),
        ("2.1.1", "partial", 2),
    ]
    decree = Source.objects.get(title="Decree 1350")
    assert str(decree.date) == "2017-01-07"
    assert list(draft.answers.get(indicator__code="2.1.1").sources.all()) == [decree]
    assert list(draft.answers.get(indicator__code="1.1.1").sources.all()) == [with_source]
    assert Source.objects.get(pk=with_source.pk).title == "Migration Act (as amended)"
    assert after["audit"] - before["audit"] == 4  # two answers, one new and one edited source


def test_an_unedited_workbook_changes_nothing(researcher_client, draft):
    book = download(researcher_client, draft)
    before = state(draft)

    page = upload(researcher_client, draft, book)

    assert "The workbook holds no change." in page
    assert state(draft) == before


def rename_sheet(book):
    book["Answers"].title = "Antworten"


def bad_option(book):
    row_of(book["Answers"], "1.2.1")[4].value = "mostly"


def bad_url(book):
    book["Sources"].append(["N1", "A law", "law", "", "javascript:alert(1)", ""])


def bad_date(book):
    book["Sources"].append(["N1", "A law", "law", "", "", "31/12/2020"])


def unknown_source(book):
    row_of(book["Answers"], "1.1.1")[6].value = "N9"


def another_assessment(book):
    about = book["About"]
    about["B1"].value = about["B1"].value + 1000


def forged_signature(book):
    book["About"]["B6"].value = "0" * 64


def dropped_column(book):
    book["Answers"].delete_cols(6)


BROKEN = {
    "wrong sheet": (rename_sheet, "no sheet 'Answers'"),
    "bad option": (bad_option, "sheet 'Answers', row"),
    "bad url": (
        bad_url,
        "sheet 'Sources', row 3 (N1): Web address: “javascript:alert(1)” is not an http",
    ),
    "bad date": (bad_date, "sheet 'Sources', row 3, column 'date'"),
    "unknown source": (unknown_source, "column 'sources': no source N9"),
    "another assessment": (another_assessment, "belongs to another assessment"),
    "forged signature": (forged_signature, "the signature does not match"),
    "dropped column": (dropped_column, "sheet 'Answers', row 1: the columns must be"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_a_broken_workbook_is_refused_with_located_errors_and_nothing_changes(
    researcher_client, draft, with_source, case
):
    damage, expected = BROKEN[case]
    book = download(researcher_client, draft)
    row_of(book["Answers"], "6.1.1")[4].value = "complete"  # a valid edit, which must not land
    damage(book)
    before = state(draft)

    page = upload(researcher_client, draft, book)

    assert "The workbook was not applied" in page
    assert expected in page.replace("&#x27;", "'")
    assert state(draft) == before


def test_a_truncated_file_is_refused(researcher_client, draft):
    raw = researcher_client.get(f"/workspace/assessments/{draft.pk}/questionnaire.xlsx").content
    before = state(draft)

    page = upload(researcher_client, draft, raw[: len(raw) // 2])

    assert "damaged or truncated" in page
    assert state(draft) == before


def test_edits_to_rows_changed_since_download_are_reported_and_nothing_lands(
    researcher_client, cast, draft
):
    book = download(researcher_client, draft)
    row_of(book["Answers"], "1.1.1")[4].value = "absent"
    row_of(book["Answers"], "1.1.2")[4].value = "complete"
    answer = draft.answers.get(indicator__code="1.1.1")
    save_answer(answer, 1, AnswerEdit("complete", "Saved meanwhile", []), cast["coordinator"])
    before = state(draft)

    page = upload(researcher_client, draft, book)

    assert "someone else changed indicator 1.1.1" in page
    assert state(draft) == before
