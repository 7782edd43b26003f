"""The SDG 10.7.2 calculator follows the official computation exactly, boundaries included."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgi.results.sdg1072 import (
    SUBCATEGORIES,
    Sdg1072Error,
    category,
    domain_value,
    format_value,
    overall_value,
    possible_domain_values,
    score_answers,
    subcategory_value,
)
from tests.results.strategies import answers_strategy

DOMAIN_CODES = ["PD_1", "PD_2", "PD_3", "PD_4", "PD_5", "PD_6"]


def all_no(**overrides: str) -> dict[str, str]:
    answers = dict.fromkeys(SUBCATEGORIES, "no")
    answers.update(overrides)
    return answers


def with_yes(*codes: str, regular_only: tuple[str, ...] = ()) -> dict[str, str]:
    answers = all_no(**dict.fromkeys(codes, "yes"))
    answers.update(dict.fromkeys(regular_only, "yes_regular_only"))
    return answers


def expected_category(value: Fraction) -> int:
    """The reference table, written out again independently of the calculator."""
    if value == 100:
        return 4
    return 3 if value >= 80 else 2 if value >= 40 else 1


def test_subcategory_values_follow_the_official_table():
    assert subcategory_value("1a", "yes") == 1
    assert subcategory_value("1a", "yes_regular_only") == Fraction(1, 2)
    assert subcategory_value("1e", "no") == 0
    assert subcategory_value("6e", "yes") == 1
    assert subcategory_value("2a", "no") == 0


def test_yes_regular_only_outside_domain_one_is_an_error_not_a_half():
    with pytest.raises(Sdg1072Error, match="'yes_regular_only' applies only to domain 1"):
        subcategory_value("2a", "yes_regular_only")


@pytest.mark.parametrize(
    "subcategory, answer, message",
    [
        ("7a", "yes", "unknown sub-category '7a'"),
        ("1f", "yes", "unknown sub-category '1f'"),
        ("1a", "maybe", "unknown answer 'maybe' for 1a (expected yes or yes_regular_only or no)"),
        ("3c", "YES", "unknown answer 'YES' for 3c (expected yes or no)"),
    ],
)
def test_unknown_sub_categories_and_answers_are_errors(subcategory, answer, message):
    with pytest.raises(Sdg1072Error, match=message.replace("(", r"\(").replace(")", r"\)")):
        subcategory_value(subcategory, answer)


def test_every_reachable_domain_value_gets_its_category():
    domain_one = [(value, category(value)) for value in sorted(possible_domain_values(1))]
    others = [(value, category(value)) for value in sorted(possible_domain_values(4))]

    assert domain_one == [(0, 1), (10, 1), (20, 1), (30, 1), (40, 2), (50, 2), (60, 2), (70, 2),
                          (80, 3), (90, 3), (100, 4)]  # fmt: skip
    assert others == [(0, 1), (20, 1), (40, 2), (60, 2), (80, 3), (100, 4)]


@pytest.mark.parametrize(
    "value, expected",
    [
        (Fraction(0), 1),
        (Fraction(115, 3), 1),  # 38.33: 11.5 of 30
        (Fraction(40), 2),
        (Fraction(125, 3), 2),  # 41.67
        (Fraction(235, 3), 2),  # 78.33
        (Fraction(80), 3),
        (Fraction(245, 3), 3),  # 81.67
        (Fraction(295, 3), 3),  # 98.33
        (Fraction(100), 4),
    ],
)
def test_overall_values_beside_each_boundary_fall_on_the_right_side(value, expected):
    assert category(value) == expected


@pytest.mark.parametrize(
    "answers, value, expected",
    [
        # 11 yes and one half: 11.5 of 30 is 38.33, one half-step below the line.
        (with_yes(*SUBCATEGORIES[5:16], regular_only=("1a",)), Fraction(115, 3), 1),
        # Two halves and 11 yes: exactly 12 of 30, exactly 40.
        (with_yes(*SUBCATEGORIES[5:16], regular_only=("1a", "1b")), Fraction(40), 2),
        (with_yes(*SUBCATEGORIES[5:17], regular_only=("1a",)), Fraction(125, 3), 2),
        (with_yes(*SUBCATEGORIES[5:28], regular_only=("1a",)), Fraction(235, 3), 2),
        # Two halves and 23 yes: exactly 24 of 30, exactly 80.
        (with_yes(*SUBCATEGORIES[5:28], regular_only=("1a", "1b")), Fraction(80), 3),
        (with_yes(*SUBCATEGORIES[5:29], regular_only=("1a",)), Fraction(245, 3), 3),
        # Everything but one right granted only to migrants in a regular situation.
        (with_yes(*SUBCATEGORIES[1:], regular_only=("1a",)), Fraction(295, 3), 3),
        (with_yes(*SUBCATEGORIES), Fraction(100), 4),
    ],
)
def test_answers_reaching_each_overall_boundary_get_the_right_category(answers, value, expected):
    overall = score_answers(answers).overall

    assert (overall.value, overall.category) == (value, expected)


def test_domain_values_at_the_boundaries_get_the_right_category():
    yes = "1a 1b  2a 2b 2c  3a 3b 3c 3d  4a 4b 4c 4d 4e  5a 5b  6a".split()
    scores = score_answers(with_yes(*yes, regular_only=("1c", "1d", "1e")))

    assert [(s.code, s.value, s.category) for s in scores.domains] == [
        ("PD_1", 70, 2),
        ("PD_2", 60, 2),
        ("PD_3", 80, 3),
        ("PD_4", 100, 4),
        ("PD_5", 40, 2),
        ("PD_6", 20, 1),
    ]
    assert scores.overall.value == Fraction(370, 6)
    assert scores.overall.label == "Partially meets"


def test_domain_shares_that_average_below_eighty_in_floating_point_still_meet():
    # In floats, mean(0.8, 1, 1, 0.4, 1, 0.6) * 100 is 79.99999999999999: "Partially meets".
    yes = "1a 1b 1c 1d  2a 2b 2c 2d 2e  3a 3b 3c 3d 3e  4a 4b  5a 5b 5c 5d 5e  6a 6b 6c".split()

    overall = score_answers(with_yes(*yes)).overall

    assert (overall.value, overall.category) == (80, 3)


def test_only_exactly_one_hundred_fully_meets():
    assert category(Fraction(100)) == 4
    assert category(Fraction(9999, 100)) == 3
    assert category(Fraction(599, 6)) == 3


def test_floats_are_refused_because_they_drift():
    with pytest.raises(TypeError):
        category((0.1 + 0.2) * 400 / 3)
    with pytest.raises(TypeError):
        domain_value([0.5, 1, 1, 1, 1])


def test_values_outside_zero_to_one_hundred_have_no_category():
    with pytest.raises(Sdg1072Error):
        category(Fraction(-1))
    with pytest.raises(Sdg1072Error):
        category(Fraction(201, 2))


def test_a_place_missing_a_sub_category_cannot_be_scored():
    answers = all_no()
    del answers["4c"], answers["6e"]

    with pytest.raises(Sdg1072Error, match="no answer for sub-categories 4c, 6e"):
        score_answers(answers)


@pytest.mark.parametrize(
    "value, shown",
    [
        (Fraction(290, 3), "96.67"),
        (Fraction(295, 3), "98.33"),
        (Fraction(100), "100.00"),
        (Fraction(0), "0.00"),
        (Fraction(1, 200), "0.01"),  # half-up: 0.005 -> 0.01, where banker's rounding gives 0.00
        (Fraction(25, 8), "3.13"),
    ],
)
def test_values_are_shown_rounded_half_up_to_two_places(value, shown):
    assert format_value(value) == shown


@given(answers_strategy())
def test_domain_values_match_an_independent_count_in_steps_of_ten_and_twenty(answers):
    scores = score_answers(answers)

    halves = sum({"yes": 2, "yes_regular_only": 1, "no": 0}[answers[f"1{x}"]] for x in "abcde")
    assert scores.domains[0].value == 10 * halves
    for number in range(2, 7):
        yeses = sum(answers[f"{number}{x}"] == "yes" for x in "abcde")
        assert scores.domains[number - 1].value == 20 * yeses
    assert [s.code for s in scores.domains] == DOMAIN_CODES
    assert all(isinstance(s.value, Fraction) for s in scores.all)


@given(answers_strategy())
def test_the_overall_value_is_the_mean_of_all_thirty_values_and_of_the_six_domains(answers):
    scores = score_answers(answers)

    total = sum(subcategory_value(code, answer) for code, answer in answers.items())
    assert scores.overall.code == "_T"
    assert scores.overall.value == Fraction(total) / 30 * 100
    assert scores.overall.value == sum(s.value for s in scores.domains) / 6
    assert scores.overall.value == overall_value([s.value for s in scores.domains])


@given(answers_strategy())
def test_every_category_follows_the_reference_table(answers):
    scores = score_answers(answers)

    assert [s.category for s in scores.all] == [expected_category(s.value) for s in scores.all]
    assert all(s.label for s in scores.all)


@given(answers_strategy(), answers_strategy())
def test_a_higher_value_never_gets_a_lower_category(first, second):
    low, high = sorted(
        [score_answers(first).overall, score_answers(second).overall], key=lambda s: s.value
    )

    assert low.category <= high.category


@given(st.fractions(min_value=0, max_value=100), st.fractions(min_value=0, max_value=100))
def test_category_is_monotone_over_every_value_not_only_reachable_ones(first, second):
    low, high = sorted([first, second])

    assert category(low) <= category(high)
    assert category(low) == expected_category(low)
