"""The questionnaire as an XLSX workbook, to answer offline and upload again."""

import hashlib
import hmac
import io

from django.conf import settings

from mgi.assessments.models import Answer, Assessment, Source
from mgi.lib.i18n_text import pick
from mgi.lib.spreadsheet_text import put_text

ANSWER_COLUMNS = [
    "indicator",
    "domain",
    "area",
    "question",
    "answer",
    "justification",
    "sources",
    "version",
    "checksum",
]
SOURCE_COLUMNS = ["ref", "title", "kind", "citation", "url", "date", "version", "checksum"]
ANSWERS_SHEET, SOURCES_SHEET, ABOUT_SHEET = "Answers", "Sources", "About"
EDITABLE_ANSWER_COLUMNS = {"answer", "justification", "sources"}


def source_ref(source: Source) -> str:
    return f"S{source.pk}"


def comparable(text: str) -> str:
    """Text as compared for edits: a spreadsheet program that saves line ends as CR LF (or LF),
    or trims or keeps trailing spaces, has not edited it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).rstrip()


def row_checksum(*values) -> str:
    """What a row held when it was exported: an edited row no longer matches it."""
    text = "\x1f".join("" if v is None else comparable(str(v)) for v in values)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def workbook_signature(assessment_id: int, codes: list[str]) -> str:
    """Ties a workbook to its assessment and indicator list; a moved or pasted sheet fails it."""
    message = f"{assessment_id}:{','.join(codes)}".encode()
    key = f"mgi-workbook:{settings.SECRET_KEY}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def export_workbook(assessment: Assessment, language: str = "en") -> bytes:
    # openpyxl is loaded when a workbook is made, not by every process that loads the URLs.
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    answers = list(
        Answer.objects.filter(assessment=assessment)
        .select_related("indicator__area__domain", "indicator__scale", "option")
        .prefetch_related("sources")
        .order_by("indicator__order")
    )
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = ANSWERS_SHEET
    _append(sheet, ANSWER_COLUMNS)
    options_by_scale: dict[int, list[str]] = {}
    rows_by_scale: dict[int, list[int]] = {}
    for row_number, answer in enumerate(answers, start=2):
        indicator = answer.indicator
        option = answer.option.code if answer.option else ""
        refs = "; ".join(source_ref(s) for s in sorted(answer.sources.all(), key=lambda s: s.pk))
        _append(
            sheet,
            [
                indicator.code,
                f"{indicator.area.domain.number}. {pick(indicator.area.domain.name, language)}",
                pick(indicator.area.name, language),
                pick(indicator.question, language),
                option,
                answer.justification,
                refs,
                answer.version,
                row_checksum(option, answer.justification, refs),
            ],
        )
        options_by_scale.setdefault(
            indicator.scale_id, list(indicator.scale.options.values_list("code", flat=True))
        )
        rows_by_scale.setdefault(indicator.scale_id, []).append(row_number)
    # A drop-down of the scale's options in the answer column (column E).
    for scale_id, rows in rows_by_scale.items():
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(options_by_scale[scale_id]) + '"',
            allow_blank=True,
        )
        sheet.add_data_validation(validation)
        for row in rows:
            validation.add(f"E{row}")
    _style(sheet, widths=[9, 24, 28, 60, 14, 60, 18, 8, 18])
    sheet.column_dimensions["I"].hidden = True

    sources = workbook.create_sheet(SOURCES_SHEET)
    _append(sources, SOURCE_COLUMNS)
    last_source = 0
    for source in assessment.sources.order_by("pk"):
        last_source = source.pk
        fields = [
            source.title,
            source.kind,
            source.citation,
            source.url,
            source.date.isoformat() if source.date else "",
        ]
        _append(sources, [source_ref(source), *fields, source.version, row_checksum(*fields)])
    kinds = DataValidation(
        type="list", formula1='"' + ",".join(Source.Kind.values) + '"', allow_blank=False
    )
    sources.add_data_validation(kinds)
    kinds.add("C2:C1000")
    _style(sources, widths=[8, 50, 12, 50, 40, 12, 8, 18])
    sources.column_dimensions["H"].hidden = True

    about = workbook.create_sheet(ABOUT_SHEET)
    codes = [answer.indicator.code for answer in answers]
    for key, value in [
        ("assessment", assessment.pk),
        ("place", assessment.place.code),
        ("round", assessment.round_year),
        ("revision", assessment.revision),
        ("framework", f"{assessment.framework.code} {assessment.framework.version}"),
        ("signature", workbook_signature(assessment.pk, codes)),
        (
            "how to use",
            "Edit the answer, justification and sources columns of Answers, and the "
            "Sources sheet. A new source is a new row of Sources with a ref not in use: "
            f"the next number (S{last_source + 1}, S{last_source + 2}, ...) or any other, "
            "such as N1; leave its version and checksum empty, and use its ref in the "
            "sources column of Answers (several refs separated by ;). Leave the other "
            "columns and this sheet as they are.",
        ),
    ]:
        _append(about, [key, value])
    about.column_dimensions["A"].width = 12
    about.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _append(sheet, values: list) -> None:
    """A row whose texts are written as text: never a live formula, never a refused character."""
    sheet.append([None if isinstance(value, str) else value for value in values])
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            put_text(sheet.cell(row=row, column=column), value)


def _style(sheet, widths: list[int]) -> None:
    from openpyxl.styles import Alignment, Font

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
