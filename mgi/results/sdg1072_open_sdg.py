"""SDG 10.7.2 in the data files of open-sdg national reporting platforms, read and written.

An open-sdg platform keeps each indicator in `data/indicator_10-7-2.csv`: a `Year` column, a
`Value` column and any number of disaggregation columns whose names and labels are the
platform's own (`Policy domain`, `Policy area`, `migration policy area`, `Series`, `Units`...).
A row whose disaggregations are all empty, or say "Total"/"All domains", is the overall category.
"""

import csv
import io
from dataclasses import dataclass

from mgi.results.sdg1072 import CATEGORIES, DOMAIN_CODES, OVERALL_CODE
from mgi.results.sdg1072_import import (
    FIRST_YEAR,
    LAST_YEAR,
    SOURCE_MAX_LENGTH,
    CategoryImportError,
    CategoryImportPlan,
    CategoryRow,
    plan_category_rows,
)
from mgi.results.sdg1072_labels import domain_code_of

YEAR_COLUMN, VALUE_COLUMN = "year", "value"
# Columns open-sdg files carry beside the disaggregations; their values describe the series or
# the observation and never name a domain, so a text there that is not a domain label is passed by.
DESCRIPTIVE_COLUMNS = frozenset(
    {
        "series",
        "unit",
        "units",
        "unit measure",
        "unit multiplier",
        "observation status",
        "geocode",
        "reporting type",
        "nature",
        "comment",
        "comments",
    }
)
NO_VALUE = frozenset({"", ".", "..", "-", "NaN", "nan", "NA"})
# The label the platform writes for each domain, and the column holding it.
EXPORT_COLUMNS = ("Year", "Policy domain", "Value")
EXPORT_LABELS = {
    DOMAIN_CODES[1]: "Domain 1. Migrant rights",
    DOMAIN_CODES[2]: "Domain 2. Whole-of-government / evidence-based policies",
    DOMAIN_CODES[3]: "Domain 3. Cooperation and partnerships",
    DOMAIN_CODES[4]: "Domain 4. Socioeconomic well-being",
    DOMAIN_CODES[5]: "Domain 5. Mobility dimensions of crises",
    DOMAIN_CODES[6]: "Domain 6. Safe, orderly and regular migration",
    OVERALL_CODE: "",
}
DOMAIN_ORDER = (*DOMAIN_CODES.values(), OVERALL_CODE)


@dataclass(frozen=True)
class OpenSdgPlan:
    plan: CategoryImportPlan
    skipped: int  # rows without a value ("" or ".")


def plan_open_sdg_import(raw: bytes, place: str, source: str | None = None) -> OpenSdgPlan:
    """Read one place's open-sdg file; refuse, naming the line and label, what is not 10.7.2."""
    if source is not None and len(source) > SOURCE_MAX_LENGTH:
        raise CategoryImportError(f"the source is longer than {SOURCE_MAX_LENGTH} characters")
    header, body = _read(raw)
    names = [cell.strip() for cell in header]
    lowered = [name.lower() for name in names]
    for required in (YEAR_COLUMN, VALUE_COLUMN):
        if required not in lowered:
            raise CategoryImportError(
                f"line 1: no {required.capitalize()!r} column (an open-sdg file has Year, "
                "Value and its disaggregation columns)"
            )
    year_at, value_at = lowered.index(YEAR_COLUMN), lowered.index(VALUE_COLUMN)
    label_columns = [i for i in range(len(names)) if i not in (year_at, value_at) and names[i]]
    rows: list[CategoryRow] = []
    seen: dict[tuple[int, str], int] = {}
    skipped = 0
    for line, fields in body:
        fields = [cell.strip() for cell in fields] + [""] * (len(names) - len(fields))
        if fields[value_at] in NO_VALUE:
            skipped += 1
            continue
        year = _year(line, fields[year_at])
        domain = _domain(line, [(names[i], fields[i]) for i in label_columns])
        category = _category(line, year, domain, fields[value_at])
        if (year, domain) in seen:
            raise CategoryImportError(
                f"line {line}: {place} {year} {domain} given twice (first on line "
                f"{seen[(year, domain)]})"
            )
        seen[(year, domain)] = line
        rows.append(CategoryRow(line, place, year, domain, category, source))
    if not rows:
        raise CategoryImportError(f"no row with a value ({skipped} rows without one)")
    return OpenSdgPlan(plan_category_rows(rows), skipped)


def open_sdg_rows(categories: list[tuple[int, str, int]]) -> list[tuple]:
    """(year, domain, category) of one place -> the rows of its open-sdg file, header first."""
    order = {code: index for index, code in enumerate(DOMAIN_ORDER)}
    ordered = sorted(categories, key=lambda item: (item[0], order[item[1]]))
    return [EXPORT_COLUMNS] + [
        (year, EXPORT_LABELS[domain], category) for year, domain, category in ordered
    ]


def _read(raw: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CategoryImportError(f"line {line}: not UTF-8 text (byte {error.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise CategoryImportError("the file is empty (expected a header line Year,...,Value)")
        body = []
        for fields in reader:
            if any(cell.strip() for cell in fields):
                if len(fields) > len(header):
                    raise CategoryImportError(
                        f"line {reader.line_num}: {len(fields)} fields but the header has "
                        f"{len(header)}"
                    )
                body.append((reader.line_num, fields))
    except csv.Error as error:
        raise CategoryImportError(f"line {reader.line_num}: not valid CSV: {error}") from None
    return header, body


def _year(line: int, text: str) -> int:
    if text.isascii() and text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR:
        return int(text)
    raise CategoryImportError(
        f"line {line}: year must be {FIRST_YEAR} to {LAST_YEAR}, not {text!r}"
    )


def _domain(line: int, labels: list[tuple[str, str]]) -> str:
    """The domain the row's labels name; every label must name one domain or the overall."""
    found: dict[str, tuple[str, str]] = {}
    for column, label in labels:
        code = domain_code_of(label)
        if code is None:
            if column.lower() in DESCRIPTIVE_COLUMNS:
                continue
            raise CategoryImportError(
                f"line {line}: {column!r} is {label!r}, which is neither a 10.7.2 domain "
                "(1 to 6, by number or name) nor the overall (Total, All domains)"
            )
        if code != OVERALL_CODE:
            found.setdefault(code, (column, label))
    if len(found) > 1:
        named = "; ".join(f"{column!r} is {label!r}" for column, label in found.values())
        raise CategoryImportError(f"line {line}: the row names two domains ({named})")
    return next(iter(found), OVERALL_CODE)


def _category(line: int, year: int, domain: str, text: str) -> int:
    # Spreadsheets write whole numbers as "3.0"; anything else is not a category.
    whole = text[:-2] if text.endswith(".0") else text
    if whole.isascii() and whole.isdigit() and int(whole) in CATEGORIES:
        return int(whole)
    raise CategoryImportError(
        f"line {line}, {year} {domain}: Value must be a category 1, 2, 3 or 4, not {text!r}"
    )
