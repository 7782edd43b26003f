"""Read an uploaded questionnaire workbook: check every cell first, then apply only the edits."""

import datetime
import io
import zipfile
from dataclasses import dataclass, field

from mgi.assessments.answers import (
    AnswerEdit,
    SourceFields,
    check_source,
)
from mgi.assessments.errors import AssessmentError, EditConflict
from mgi.assessments.models import Answer, Assessment, Source
from mgi.assessments.permissions import require_edit
from mgi.assessments.workbook_apply import write_workbook
from mgi.assessments.workbook_export import (
    ABOUT_SHEET,
    ANSWER_COLUMNS,
    ANSWERS_SHEET,
    SOURCE_COLUMNS,
    SOURCES_SHEET,
    comparable,
    row_checksum,
    source_ref,
    workbook_signature,
)
from mgi.lib.spreadsheet_limits import SheetTooLarge, bounded_rows, open_workbook_for_reading
from mgi.lib.spreadsheet_text import text_from_cell

MAX_WORKBOOK_BYTES = 10 * 1024 * 1024
# A questionnaire unpacks to a few MB; a small file unpacking to gigabytes is a zip bomb.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ERRORS_SHOWN = 25
# A questionnaire has about a hundred indicator rows, a few hundred sources and nine columns.
MAX_SHEET_ROWS = 5_000
MAX_SHEET_COLUMNS = 40


class WorkbookError(AssessmentError):
    """The workbook cannot be applied; `problems` are located messages, all of them."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = problems[:MAX_ERRORS_SHOWN]
        more = len(problems) - len(shown)
        text = "; ".join(shown) + (f"; and {more} more" if more else "")
        super().__init__(f"The workbook was not applied: {text}")


@dataclass
class WorkbookPlan:
    answer_edits: list[tuple[Answer, int, AnswerEdit, list[str]]] = field(default_factory=list)
    source_edits: list[tuple[Source, int, SourceFields]] = field(default_factory=list)
    new_sources: dict[str, SourceFields] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.answer_edits or self.source_edits or self.new_sources)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _rows(sheet: str, rows: list[tuple], columns: list[str], problems: list[str]):
    """Each filled row after the header as (row number, {column: value})."""
    header = [_text(c) for c in (rows[0] if rows else ())]
    if header[: len(columns)] != columns:
        problems.append(f"sheet '{sheet}', row 1: the columns must be {', '.join(columns)}")
        return []
    found = []
    for number, values in enumerate(rows[1:], start=2):
        if not any(v not in (None, "") for v in values):
            continue
        values = [text_from_cell(value) for value in values]
        found.append((number, dict(zip(columns, values, strict=False))))
    return found


def read_workbook(assessment: Assessment, raw: bytes) -> WorkbookPlan:
    """Check everything and return the edits; raise WorkbookError listing every problem found."""
    if len(raw) > MAX_WORKBOOK_BYTES:
        raise WorkbookError([f"the file is larger than {MAX_WORKBOOK_BYTES // 1_000_000} MB"])
    if _unpacked_size(raw) > MAX_UNPACKED_BYTES:
        raise WorkbookError(["the file unpacks to far more than a questionnaire workbook"])
    sheets = _read_sheets(raw)
    problems: list[str] = []
    answers = {
        a.indicator.code: a
        for a in Answer.objects.filter(assessment=assessment)
        .select_related("indicator__scale", "option")
        .prefetch_related("sources", "indicator__scale__options")
    }
    _check_about(
        sheets[ABOUT_SHEET],
        assessment,
        sorted(answers, key=lambda c: answers[c].indicator.order),
        problems,
    )
    plan = WorkbookPlan()
    known_refs = _read_sources(sheets[SOURCES_SHEET], assessment, plan, problems)
    _read_answers(sheets[ANSWERS_SHEET], answers, known_refs, plan, problems)
    if problems:
        raise WorkbookError(problems)
    return plan


def _read_sheets(raw: bytes) -> dict[str, list[tuple]]:
    """The rows of the three sheets, read within the limits; WorkbookError if they are missing."""
    try:
        book = open_workbook_for_reading(io.BytesIO(raw))
    except Exception:
        # openpyxl parses the upload's zip and XML streams: damage surfaces as any of a dozen
        # exception types (zlib, XML parser, descriptors, ...), none of them a fault of ours.
        raise WorkbookError(
            ["the file is not an XLSX workbook, or it is damaged or truncated"]
        ) from None
    try:
        missing = [
            f"the workbook has no sheet '{name}'"
            for name in (ANSWERS_SHEET, SOURCES_SHEET, ABOUT_SHEET)
            if name not in book.sheetnames
        ]
        if missing:
            raise WorkbookError(missing)
        return {
            name: bounded_rows(book[name], MAX_SHEET_ROWS, MAX_SHEET_COLUMNS)
            for name in (ANSWERS_SHEET, SOURCES_SHEET, ABOUT_SHEET)
        }
    except SheetTooLarge as error:
        raise WorkbookError([_too_large(error)]) from None
    except WorkbookError:
        raise
    except Exception:
        raise WorkbookError(
            ["the file is not an XLSX workbook, or it is damaged or truncated"]
        ) from None
    finally:
        book.close()


def _too_large(error: SheetTooLarge) -> str:
    from openpyxl.utils import get_column_letter

    if error.limit == "columns":
        return (
            f"sheet '{error.sheet}': a value lies beyond column {get_column_letter(error.allowed)}"
            f"; a questionnaire sheet has at most {error.allowed} columns"
        )
    if error.limit == "rows":
        return (
            f"sheet '{error.sheet}': a value lies beyond row {error.allowed}; a questionnaire "
            f"sheet has at most {error.allowed} rows"
        )
    return (
        f"sheet '{error.sheet}' spans more than {error.allowed} cells, far more than a "
        "questionnaire"
    )


def _unpacked_size(raw: bytes) -> int:
    """The sizes the zip declares (reading never yields more); 0 if it is no zip at all."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return 0


def _check_about(rows, assessment: Assessment, codes: list[str], problems: list[str]) -> None:
    about = {
        _text(text_from_cell(row[0])): text_from_cell((row + (None,))[1])
        for row in rows
        if row and row[0]
    }
    if _text(about.get("assessment")) != str(assessment.pk):
        problems.append(
            f"sheet '{ABOUT_SHEET}': this workbook belongs to another assessment; download the "
            "questionnaire of this one"
        )
    elif _text(about.get("signature")) != workbook_signature(assessment.pk, codes):
        problems.append(
            f"sheet '{ABOUT_SHEET}': the signature does not match this assessment's questionnaire; "
            "the workbook was altered or the framework changed since it was downloaded"
        )


def _read_sources(sheet, assessment: Assessment, plan: WorkbookPlan, problems: list[str]) -> set:
    existing = {source_ref(s): s for s in Source.objects.filter(assessment=assessment)}
    refs = set(existing)
    for number, row in _rows(SOURCES_SHEET, sheet, SOURCE_COLUMNS, problems):
        where = f"sheet '{SOURCES_SHEET}', row {number}"
        ref = _text(row["ref"])
        if not ref:
            problems.append(f"{where}, column 'ref': give the source a ref, such as N1")
            continue
        fields_text = [_text(row[c]) for c in ("title", "kind", "citation", "url", "date")]
        try:
            date = datetime.date.fromisoformat(fields_text[4]) if fields_text[4] else None
        except ValueError:
            problems.append(
                f"{where}, column 'date': {fields_text[4]!r} is not a date (YYYY-MM-DD)"
            )
            continue
        fields = SourceFields(fields_text[0], fields_text[1], fields_text[2], fields_text[3], date)
        try:
            check_source(fields)
        except AssessmentError as error:
            problems.append(f"{where}, column '{_faulty_source_column(fields)}' ({ref}): {error}")
            continue
        if ref in existing and not _text(row["version"]):
            problems.append(
                f"{where}, column 'ref': {ref} is already the source "
                f"{existing[ref].title!r} of this assessment; give the new source a ref that "
                f"is not in use, such as {_next_ref(refs | set(plan.new_sources))}"
            )
        elif ref in existing:
            if row_checksum(*fields_text) != _text(row["checksum"]):
                kept = _unchanged_texts(existing[ref], fields)
                plan.source_edits.append((existing[ref], _int(row["version"]), kept))
        elif ref in plan.new_sources:
            problems.append(f"{where}, column 'ref': {ref} is used twice")
        else:
            plan.new_sources[ref] = fields
            refs.add(ref)
    return refs


def _faulty_source_column(fields: SourceFields) -> str:
    """The column check_source refused, checked in its order."""
    if not fields.title.strip():
        return "title"
    return "kind" if fields.kind not in Source.Kind.values else "url"


def _next_ref(refs: set) -> str:
    """The ref after the highest S-number in use: S1, S2 shown, S3 is next."""
    numbers = [int(ref[1:]) for ref in refs if ref.startswith("S") and ref[1:].isdigit()]
    return f"S{max(numbers, default=0) + 1}"


def _unchanged_texts(source: Source, fields: SourceFields) -> SourceFields:
    """The fields as typed, but a text that differs only in line ends or trailing spaces
    keeps its stored form: the edit records what was really changed."""
    texts = {}
    for name in ("title", "citation", "url"):
        typed, stored = getattr(fields, name), getattr(source, name)
        texts[name] = stored if comparable(typed) == comparable(stored) else typed
    return SourceFields(texts["title"], fields.kind, texts["citation"], texts["url"], fields.date)


def _int(value) -> int:
    try:
        return int(_text(value))
    except ValueError:
        return 0


def _read_answers(sheet, answers: dict, known_refs: set, plan: WorkbookPlan, problems: list[str]):
    seen = set()
    for number, row in _rows(ANSWERS_SHEET, sheet, ANSWER_COLUMNS, problems):
        code = _text(row["indicator"])
        where = f"sheet '{ANSWERS_SHEET}', row {number} (indicator {code})"
        answer = answers.get(code)
        if answer is None:
            problems.append(
                f"sheet '{ANSWERS_SHEET}', row {number}, column 'indicator': "
                f"{code!r} is not an indicator of this assessment"
            )
            continue
        if code in seen:
            problems.append(f"{where}, column 'indicator': the indicator appears twice")
            continue
        seen.add(code)
        option = _text(row["answer"]).lower()
        justification = "" if row["justification"] is None else str(row["justification"])
        if comparable(justification) == comparable(answer.justification):
            justification = answer.justification  # re-saved by a spreadsheet, not edited
        refs_text = _text(row["sources"])
        if row_checksum(option, justification, refs_text) == _text(row["checksum"]):
            continue  # not edited
        options = [o.code for o in answer.indicator.scale.options.all()]
        if option and option not in options:
            problems.append(
                f"{where}, column 'answer': {option!r} is not an option; choose one "
                f"of {', '.join(options)} or leave it empty"
            )
            continue
        refs = [r.strip() for r in refs_text.replace(",", ";").split(";") if r.strip()]
        unknown = [r for r in refs if r not in known_refs]
        if unknown:
            problems.append(
                f"{where}, column 'sources': no source {', '.join(unknown)} in the "
                f"'{SOURCES_SHEET}' sheet"
            )
            continue
        if len(justification) > 20_000:
            problems.append(f"{where}, column 'justification': at most 20000 characters")
            continue
        plan.answer_edits.append(
            (answer, _int(row["version"]), AnswerEdit(option or None, justification, []), refs)
        )
    missing = set(answers) - seen
    if missing and not problems:
        problems.append(
            f"sheet '{ANSWERS_SHEET}': rows are missing for indicators "
            f"{', '.join(sorted(missing)[:10])}"
        )


def apply_workbook(assessment: Assessment, plan: WorkbookPlan, user) -> dict:
    """Apply every edit or none; edits made to rows someone changed since download are refused."""
    require_edit(user, assessment)
    conflicts = [
        f"indicator {answer.indicator.code}"
        for answer, version, _, _ in plan.answer_edits
        if version != answer.version
    ] + [f"source {source_ref(s)}" for s, version, _ in plan.source_edits if version != s.version]
    if conflicts:
        raise EditConflict(
            "The workbook was not applied: since it was downloaded, someone else changed "
            + ", ".join(conflicts)
            + ". Download it again and redo those edits."
        )
    write_workbook(assessment, plan, user)
    return {
        "answers": len(plan.answer_edits),
        "sources_added": len(plan.new_sources),
        "sources_changed": len(plan.source_edits),
    }
