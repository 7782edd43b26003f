"""A published overall category is checked against what its six domain categories allow."""

import itertools
from fractions import Fraction

import pytest
from hypothesis import given

from mgi.results.sdg1072 import (
    SUBCATEGORIES,
    Sdg1072Error,
    category,
    domain_values_in_category,
    overall_category_is_possible,
    possible_domain_values,
    possible_overall_categories,
    score_answers,
)
from tests.results.strategies import CATEGORY_TUPLES, answers_strategy


def answers_for_domain_values(values: list[Fraction]) -> dict[str, str]:
    """A witness: answers whose domain values are exactly `values` (PD_1..PD_6)."""
    answers = {}
    halves = int(values[0] / 10)  # domain 1 moves in half-answers of 10 points
    for index, letter in enumerate("abcde"):
        left = halves - 2 * index
        answers[f"1{letter}"] = "yes" if left >= 2 else "yes_regular_only" if left == 1 else "no"
    for number, value in enumerate(values[1:], start=2):
        for index, letter in enumerate("abcde"):
            answers[f"{number}{letter}"] = "yes" if index < value / 20 else "no"
    return answers


def test_the_canadian_example_allows_only_meets():
    assert possible_overall_categories([3, 4, 4, 4, 4, 4]) == {3}
    assert overall_category_is_possible([3, 4, 4, 4, 4, 4], 3)
    assert not overall_category_is_possible([3, 4, 4, 4, 4, 4], 4)
    assert not overall_category_is_possible([3, 4, 4, 4, 4, 4], 2)


@pytest.mark.parametrize(
    "domain_categories, possible",
    [
        ([4, 4, 4, 4, 4, 4], {4}),
        ([1, 1, 1, 1, 1, 1], {1}),
        ([1, 2, 2, 2, 2, 2], {1, 2}),
        ([2, 4, 4, 3, 3, 2], {2, 3}),
        ([4, 4, 4, 1, 1, 1], {2}),
        ([1, 4, 4, 4, 4, 4], {3}),
    ],
)
def test_some_domain_categories_allow_more_than_one_overall_category(domain_categories, possible):
    assert possible_overall_categories(domain_categories) == possible


def test_domain_values_are_exactly_those_reachable_from_answers():
    for number, choices in [(1, ["yes", "yes_regular_only", "no"]), (2, ["yes", "no"])]:
        reached = set()
        for combination in itertools.product(choices, repeat=5):
            answers = dict.fromkeys(SUBCATEGORIES, "no")
            answers.update({f"{number}{x}": a for x, a in zip("abcde", combination, strict=True)})
            reached.add(score_answers(answers).domains[number - 1].value)

        assert possible_domain_values(number) == reached
    assert sorted(possible_domain_values(1)) == list(range(0, 101, 10))
    assert sorted(possible_domain_values(6)) == list(range(0, 101, 20))


def test_the_feasible_sets_match_a_brute_force_over_every_combination_of_domain_values():
    brute: dict[tuple[int, ...], set[int]] = {}
    for values in itertools.product(range(0, 101, 10), *[range(0, 101, 20)] * 5):
        domain_categories = tuple(category(Fraction(v)) for v in values)
        brute.setdefault(domain_categories, set()).add(category(Fraction(sum(values), 6)))

    assert len(brute) == 4**6
    for domain_categories, overall_categories in brute.items():
        assert possible_overall_categories(domain_categories) == overall_categories


@given(answers_strategy())
def test_a_computed_overall_category_is_always_feasible_for_its_domain_categories(answers):
    scores = score_answers(answers)

    domain_categories = [s.category for s in scores.domains]
    assert scores.overall.category in possible_overall_categories(domain_categories)
    assert overall_category_is_possible(domain_categories, scores.overall.category)


@given(CATEGORY_TUPLES)
def test_every_feasible_overall_category_has_answers_that_reach_it(domain_categories):
    candidates = [
        sorted(domain_values_in_category(number, wanted))
        for number, wanted in enumerate(domain_categories, start=1)
    ]
    for overall in possible_overall_categories(domain_categories):
        values = next(
            list(values)
            for values in itertools.product(*candidates)
            if category(sum(values, Fraction(0)) / 6) == overall
        )
        scores = score_answers(answers_for_domain_values(values))

        assert [s.category for s in scores.domains] == list(domain_categories)
        assert scores.overall.category == overall


@given(CATEGORY_TUPLES)
def test_the_feasible_set_is_never_empty_and_holds_only_categories(domain_categories):
    possible = possible_overall_categories(domain_categories)

    assert possible
    assert possible <= {1, 2, 3, 4}
    assert min(domain_categories) <= min(possible) and max(possible) <= max(domain_categories)


@pytest.mark.parametrize(
    "domain_categories",
    [[3, 4, 4, 4, 4], [3, 4, 4, 4, 4, 4, 4], [0, 4, 4, 4, 4, 4], [5, 4, 4, 4, 4, 4]],
)
def test_anything_but_six_categories_from_one_to_four_is_refused(domain_categories):
    with pytest.raises(Sdg1072Error):
        possible_overall_categories(domain_categories)


def test_an_overall_category_outside_one_to_four_is_refused():
    with pytest.raises(Sdg1072Error, match="a category is 1, 2, 3 or 4, not 5"):
        overall_category_is_possible([3, 4, 4, 4, 4, 4], 5)
