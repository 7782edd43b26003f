"""Random and damaged files thrown at every importer: each is loaded, or refused with the
product's own error naming where the problem is, and a refusal writes nothing."""

import io
import textwrap
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from mgi.assessments.errors import EditConflict
from mgi.assessments.models import Answer, Assessment, AuditRecord, Source
from mgi.assessments.workbook_export import export_workbook
from mgi.assessments.workbook_import import WorkbookError, apply_workbook, read_workbook
from mgi.frameworks.files import FrameworkFileError, read_framework_file
from mgi.frameworks.loading import load_framework
from mgi.frameworks.models import Framework, Indicator, ScaleOption
from mgi.frameworks.workbook import write_framework_workbook
from mgi.places.models import Place
from mgi.profiles.importing import ProfileImportError, import_profile, plan_profile_import
from mgi.profiles.models import Finding, Profile
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072_import import CategoryImportError, import_categories, plan_category_import
from mgi.results.sdg1072_scoring import AnswerFileError, score_answer_file
from tests.conftest import DEMO_PROFILE
from tests.operations.mutations import HOSTILE_TEXT, Sample, damaged_bytes, damaged_text_file

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
COUNTED = [Assessment, Answer, Source, AuditRecord, Profile, Finding, Place, Framework, Indicator]
COUNTED += [ScaleOption, PublishedSdgCategory]
DATA = Path(__file__).resolve().parents[2] / "mgi" / "demo" / "data"


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def assert_located(error: Exception, *where: str) -> None:
    message = str(error)
    assert any(word in message for word in ("line", "row", "sheet", *where)), message


# Profile text ---------------------------------------------------------------------------------


@FUZZ
@given(raw=damaged_text_file(DEMO_PROFILE.read_text(encoding="utf-8")))
def test_damaged_profile_text_is_imported_or_refused_naming_the_line(national_framework, raw):
    before = row_counts()
    try:
        outcome = import_profile(plan_profile_import(raw))
    except ProfileImportError as error:
        assert_located(error)
        assert row_counts() == before
    else:
        assert outcome.action in {"created", "revised", "unchanged"}


# Framework files ------------------------------------------------------------------------------

SMALL_FRAMEWORK = textwrap.dedent(
    """\
    format: 1
    code: fuzzed
    version: "1"
    kind: national
    title:
      en: A framework for damaged copies
      es: Un marco
    scales:
      - code: presence
        options:
          - code: complete
            label: Complete
            value: 1
          - code: absent
            label: Absent
            value: 0
          - code: not_assessed
            label: Not assessed
            value: null
    domains:
      - number: 1
        slug: rights
        name: Rights
        colour: "#1f5fa8"
        areas:
          - number: 1
            name: Services
            indicators:
              - code: "1.1.1"
                question: Health care for all?
                scale: presence
                statements:
                  complete: Everyone is covered.
                crosswalk: ["1a"]
              - code: "1.1.2"
                question: Schools for all?
                scale: presence
      - number: 2
        slug: government
        name: Government
        colour: "#6d3a86"
        areas:
          - number: 1
            name: Institutions
            indicators:
              - code: "2.1.1"
                question: A migration agency?
                scale: presence
    """
)


@FUZZ
@given(raw=damaged_text_file(SMALL_FRAMEWORK))
def test_damaged_framework_files_load_or_are_refused_naming_the_file(db, tmp_path, raw):
    load_or_refuse_framework(tmp_path / "fuzzed.yaml", raw)


def load_or_refuse_framework(path: Path, raw: bytes) -> None:
    """The framework in `raw` loads, or is refused naming the file with nothing written."""
    path.write_bytes(raw)
    before = row_counts()
    try:
        load_framework(read_framework_file(path))
    except FrameworkFileError as error:
        assert str(path) in str(error)
        assert row_counts() == before


# XLSX questionnaires --------------------------------------------------------------------------


@pytest.fixture
def workbook(cast, draft) -> bytes:
    return export_workbook(draft, "en")


def rezipped(raw: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one of its inner files replaced: damage that passes the zip checks."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == name else source.read(item))
    return out.getvalue()


@st.composite
def damaged_workbooks(draw, raw: bytes) -> bytes:
    kind = draw(st.sampled_from(("bytes", "inner file", "cells")))
    if kind == "bytes":
        return draw(damaged_bytes(raw))
    if kind == "inner file":
        names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
        name = draw(st.sampled_from(names))
        inner = Sample(zipfile.ZipFile(io.BytesIO(raw)).read(name))
        return rezipped(raw, name, draw(damaged_bytes(inner)))
    book = load_workbook(io.BytesIO(raw))
    for _ in range(draw(st.integers(1, 6))):
        sheet = book[draw(st.sampled_from(book.sheetnames))]
        row = draw(st.integers(1, min(sheet.max_row + 2, 120)))
        column = draw(st.integers(1, 10))
        value = draw(
            st.one_of(
                HOSTILE_TEXT,
                st.integers(-(2**40), 2**40),
                st.floats(allow_nan=True, allow_infinity=True),
                st.dates(),
                st.none(),
                st.sampled_from(["complete", "absent", "S1", "N1", "=1/0", "law"]),
            )
        )
        try:
            sheet.cell(row=row, column=column).value = value
        except (IllegalCharacterError, ValueError, TypeError):
            pass  # a value openpyxl itself will not write (a control character)
    out = io.BytesIO()
    try:
        book.save(out)
    except (AttributeError, TypeError, ValueError):
        assume(False)  # openpyxl cannot write this value in a cell formatted as text
    return out.getvalue()


# openpyxl warns about the damage it meets and works around; that is the point here.
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_damaged_workbooks_are_applied_or_refused_naming_the_sheet(cast, draft, workbook):
    @FUZZ
    @given(raw=damaged_workbooks(Sample(workbook)))
    def upload(raw):
        before = row_counts()
        try:
            plan = read_workbook(draft, raw)
            if not plan.is_empty:
                apply_workbook(draft, plan, cast["researcher"])
        except (WorkbookError, EditConflict) as error:
            assert_located(error, "the file", "indicator", "source")
            assert row_counts() == before

    upload()


# Framework workbooks --------------------------------------------------------------------------

FRAMEWORK_WORKBOOK = write_framework_workbook(yaml.safe_load(SMALL_FRAMEWORK))


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_damaged_framework_workbooks_load_or_are_refused_naming_the_file(db, tmp_path):
    @FUZZ
    @given(raw=damaged_workbooks(Sample(FRAMEWORK_WORKBOOK)))
    def load(raw):
        load_or_refuse_framework(tmp_path / "fuzzed.xlsx", raw)

    load()


# SDG 10.7.2 CSV files -------------------------------------------------------------------------

CATEGORIES = (DATA / "peru-sdg-10-7-2-illustrative.csv").read_text(encoding="utf-8")
ANSWERS = "place,subcategory,answer\n" + "".join(
    f"PER,{domain}{letter},{'yes' if (domain + ord(letter)) % 3 else 'no'}\n"
    for domain in range(1, 7)
    for letter in "abcde"
)


@FUZZ
@given(raw=damaged_text_file(ANSWERS))
def test_damaged_answer_files_are_scored_or_refused_naming_the_line(raw):
    try:
        scored = score_answer_file(raw)
    except AnswerFileError as error:
        assert_located(error)
    else:
        assert all(len(place.scores.all) == 7 for place in scored)


@FUZZ
@given(raw=damaged_text_file(CATEGORIES))
def test_damaged_category_files_load_or_are_refused_naming_the_line(db, raw):
    before = row_counts()
    try:
        import_categories(plan_category_import(raw))
    except CategoryImportError as error:
        assert_located(error)
        assert row_counts() == before
