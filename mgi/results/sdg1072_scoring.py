"""`mgi sdg1072 score`: read governments' answers from CSV, score each place, render CSV or JSON."""

import csv
import io
import json
from dataclasses import dataclass

from mgi.lib.spreadsheet_text import neutralised_row
from mgi.results.csv_table import CsvTableError, read_csv_table
from mgi.results.sdg1072 import (
    SUBCATEGORIES,
    PlaceScores,
    Sdg1072Error,
    format_value,
    score_answers,
    subcategory_value,
)

ANSWER_COLUMNS = ("place", "subcategory", "answer")
OUTPUT_COLUMNS = ("place", "domain", "value", "category", "label")


class AnswerFileError(ValueError):
    """An answers file that cannot be scored; the message names the line and the place."""


@dataclass(frozen=True)
class ScoredPlace:
    place: str
    scores: PlaceScores


def score_answer_file(raw: bytes) -> list[ScoredPlace]:
    """Every place in the file, in order of first appearance; the first problem stops it all."""
    try:
        rows = read_csv_table(raw, ANSWER_COLUMNS)
    except CsvTableError as error:
        raise AnswerFileError(str(error)) from None
    answers: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        place, subcategory = row["place"], row["subcategory"].lower()
        answer = row["answer"].lower()
        if not place:
            raise AnswerFileError(f"line {row.line}: no place")
        where = f"line {row.line}, place {place}"
        if (place, subcategory) in seen:
            raise AnswerFileError(
                f"{where}: sub-category {subcategory} repeated "
                f"(first on line {seen[place, subcategory]})"
            )
        try:
            subcategory_value(subcategory, answer)
        except Sdg1072Error as error:
            raise AnswerFileError(f"{where}: {error}") from None
        seen[place, subcategory] = row.line
        first_line.setdefault(place, row.line)
        answers.setdefault(place, {})[subcategory] = answer
    scored = []
    for place, place_answers in answers.items():
        missing = [code for code in SUBCATEGORIES if code not in place_answers]
        if missing:
            raise AnswerFileError(
                f"line {first_line[place]}, place {place}: no answer for "
                f"sub-categories {', '.join(missing)} (each place needs all 30, 1a to 6e)"
            )
        scored.append(ScoredPlace(place, score_answers(place_answers)))
    return scored


def scores_data(scored: list[ScoredPlace]) -> list[dict]:
    """The data both renderings share: per place, PD_1..PD_6 then _T."""
    return [
        {
            "place": item.place,
            "scores": [
                {
                    "domain": score.code,
                    # Rounded for display only; the category comes from the exact value.
                    "value": format_value(score.value),
                    "category": score.category,
                    "label": score.label,
                }
                for score in item.scores.all
            ],
        }
        for item in scored
    ]


def render_csv(data: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OUTPUT_COLUMNS)
    for item in data:
        for score in item["scores"]:
            writer.writerow(
                neutralised_row([item["place"], *(score[c] for c in OUTPUT_COLUMNS[1:])])
            )
    return out.getvalue()


def render_json(data: list[dict]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


RENDERERS = {"csv": render_csv, "json": render_json}
