"""`mgi sdg1072 score` prints each place's values and categories, or refuses the whole file."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from mgi.results.sdg1072 import SUBCATEGORIES

HEADER = "place,subcategory,answer\n"


def answer_lines(place: str, overrides: dict[str, str] | None = None) -> list[str]:
    answers = dict.fromkeys(SUBCATEGORIES, "yes")
    answers.update(overrides or {})
    return [f"{place},{code},{answers[code]}\n" for code in SUBCATEGORIES]


# Canada-like: two rights granted only to migrants in a regular situation (domain 1 at 80).
CAN = answer_lines("CAN", {"1a": "yes_regular_only", "1d": "yes_regular_only"})
# Upper-case codes and answers and padded cells are all accepted.
PER = [
    line.upper().replace("PER,", " PER , ").replace(",YES", ", YES ")
    for line in answer_lines("PER", {"1b": "no", "2a": "no", "2b": "no", "5c": "no"})
]


@pytest.fixture
def write_csv(tmp_path):
    def write(text: str | bytes, name: str = "answers.csv") -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def score(path: str, *options: str) -> str:
    out = io.StringIO()
    call_command("sdg1072", "score", path, *options, stdout=out)
    return out.getvalue()


def test_it_prints_domain_and_overall_values_and_categories_as_csv(write_csv):
    path = write_csv(HEADER + "".join(CAN + PER))

    assert score(path) == (
        "place,domain,value,category,label\n"
        "CAN,PD_1,80.00,3,Meets\n"
        "CAN,PD_2,100.00,4,Fully meets\n"
        "CAN,PD_3,100.00,4,Fully meets\n"
        "CAN,PD_4,100.00,4,Fully meets\n"
        "CAN,PD_5,100.00,4,Fully meets\n"
        "CAN,PD_6,100.00,4,Fully meets\n"
        "CAN,_T,96.67,3,Meets\n"
        "PER,PD_1,80.00,3,Meets\n"
        "PER,PD_2,60.00,2,Partially meets\n"
        "PER,PD_3,100.00,4,Fully meets\n"
        "PER,PD_4,100.00,4,Fully meets\n"
        "PER,PD_5,80.00,3,Meets\n"
        "PER,PD_6,100.00,4,Fully meets\n"
        "PER,_T,86.67,3,Meets\n"
    )


def test_it_prints_the_same_scores_as_json(write_csv):
    path = write_csv(HEADER + "".join(CAN))

    assert json.loads(score(path, "--format", "json")) == [
        {
            "place": "CAN",
            "scores": [
                {"domain": "PD_1", "value": "80.00", "category": 3, "label": "Meets"},
                {"domain": "PD_2", "value": "100.00", "category": 4, "label": "Fully meets"},
                {"domain": "PD_3", "value": "100.00", "category": 4, "label": "Fully meets"},
                {"domain": "PD_4", "value": "100.00", "category": 4, "label": "Fully meets"},
                {"domain": "PD_5", "value": "100.00", "category": 4, "label": "Fully meets"},
                {"domain": "PD_6", "value": "100.00", "category": 4, "label": "Fully meets"},
                {"domain": "_T", "value": "96.67", "category": 3, "label": "Meets"},
            ],
        }
    ]


def test_an_overall_of_exactly_forty_reached_with_halves_partially_meets(write_csv):
    overrides = dict.fromkeys(SUBCATEGORIES[16:], "no")  # 11 yes in domains 2-4 ...
    overrides.update({"1a": "yes_regular_only", "1b": "yes_regular_only"})  # ... and two halves
    overrides.update(dict.fromkeys(["1c", "1d", "1e"], "no"))
    path = write_csv(HEADER + "".join(answer_lines("XXA", overrides)))

    assert score(path).splitlines()[-1] == "XXA,_T,40.00,2,Partially meets"


def test_a_byte_order_mark_and_blank_lines_are_tolerated(write_csv):
    path = write_csv(("\ufeff" + HEADER + "\n" + "".join(CAN) + "\n\n").encode())

    assert score(path).splitlines()[-1] == "CAN,_T,96.67,3,Meets"


BROKEN = [
    # (file text, expected message after the path)
    (
        HEADER + "".join(CAN[:-1]),
        "line 2, place CAN: no answer for sub-categories 6e (each place needs all 30, 1a to 6e)",
    ),
    (
        HEADER + "".join(CAN) + "CAN,3b,no\n",
        "line 32, place CAN: sub-category 3b repeated (first on line 13)",
    ),
    (
        HEADER + "".join(CAN[:5]) + "CAN,7a,yes\n",
        "line 7, place CAN: unknown sub-category '7a' (expected 1a to 6e)",
    ),
    (
        HEADER + "".join(CAN[:5]) + "CAN,2a,perhaps\n",
        "line 7, place CAN: unknown answer 'perhaps' for 2a (expected yes or no)",
    ),
    (
        HEADER + "".join(CAN[:5]) + "CAN,2a,yes_regular_only\n",
        "line 7, place CAN: answer 'yes_regular_only' applies only to domain 1; 2a takes yes or no",
    ),
    (
        "place,subcategory\n" + "CAN,1a\n",
        "line 1: missing column answer (expected place,subcategory,answer)",
    ),
    ("", "the file is empty (expected a header line place,subcategory,answer)"),
    (HEADER, "line 1: no rows after the header"),
    (HEADER + ",1a,yes\n", "line 2: no place"),
    (HEADER + "CAN,1a,yes,extra\n", "line 2: 4 fields but the header has 3"),
    (HEADER.encode() + "CAN,1a,s\xed\n".encode("latin-1"), "line 2: not UTF-8 text (byte 33)"),
]


@pytest.mark.parametrize("text, message", BROKEN)
def test_a_broken_file_is_refused_naming_the_line_and_nothing_is_printed(write_csv, text, message):
    path = write_csv(text)
    out = io.StringIO()

    with pytest.raises(CommandError) as refused:
        call_command("sdg1072", "score", path, stdout=out)

    assert str(refused.value) == f"{path}: {message}"
    assert out.getvalue() == ""


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="No such file or directory"):
        score(str(tmp_path / "absent.csv"))


def test_an_unknown_format_is_refused(write_csv):
    path = write_csv(HEADER + "".join(CAN))

    with pytest.raises(CommandError, match="invalid choice: 'xml'"):
        score(path, "--format", "xml")
