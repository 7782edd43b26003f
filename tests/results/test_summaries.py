"""Domain summaries count answers by kind and the share answered; they never rank."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgi.results.summaries import IndicatorAnswer, SummaryError, summarise_domains

PRESENCE = {  # the national framework's scale, with values as the database returns them
    "complete": Decimal("1"),
    "partial": Decimal("0.5"),
    "absent": Decimal("0"),
    "not_applicable": None,
    "not_assessed": None,
}


def answer(domain: int, option: str | None) -> IndicatorAnswer:
    return IndicatorAnswer(domain, option, None if option is None else PRESENCE[option])


def test_it_counts_each_kind_of_answer_per_domain():
    answers = [
        answer(1, "complete"),
        answer(1, "complete"),
        answer(1, "partial"),
        answer(1, "absent"),
        answer(1, "not_applicable"),
        answer(1, "not_assessed"),
        answer(1, None),
        answer(3, None),
        answer(3, "partial"),
    ]

    summaries = [s.to_dict() for s in summarise_domains(answers)]

    assert summaries == [
        {
            "domain": 1,
            "complete": 2,
            "partial": 1,
            "absent": 1,
            "not_applicable": 1,
            "not_assessed": 1,
            "unanswered": 1,
            "indicators": 7,
            "answered": 6,
            "answered_share": "6/7",
            "answered_percent": 86,
        },
        {
            "domain": 3,
            "complete": 0,
            "partial": 1,
            "absent": 0,
            "not_applicable": 0,
            "not_assessed": 0,
            "unanswered": 1,
            "indicators": 2,
            "answered": 1,
            "answered_share": "1/2",
            "answered_percent": 50,
        },
    ]


def test_not_applicable_and_not_assessed_count_as_answered():
    [summary] = summarise_domains([answer(2, "not_applicable"), answer(2, "not_assessed")])

    assert summary.answered_share == 1
    assert summary.answered_percent == 100


def test_the_share_is_exact_and_the_percentage_rounds_half_up():
    [two_thirds] = summarise_domains([answer(1, "absent")] * 2 + [answer(1, None)])
    [one_eighth] = summarise_domains([answer(1, "absent")] + [answer(1, None)] * 7)

    assert two_thirds.answered_share == Fraction(2, 3)
    assert two_thirds.answered_percent == 67
    assert one_eighth.answered_share == Fraction(1, 8)
    assert one_eighth.answered_percent == 13  # 12.5 rounds up, not to the even 12


def test_domains_come_in_number_order_and_listed_empty_domains_have_no_share():
    summaries = summarise_domains([answer(4, "complete"), answer(2, None)], domains=range(1, 7))

    assert [s.domain for s in summaries] == [1, 2, 3, 4, 5, 6]
    assert summaries[0].indicators == 0
    assert summaries[0].answered_share is None
    assert summaries[0].to_dict()["answered_percent"] is None


def test_any_zero_to_one_scale_is_read_from_its_values():
    answers = [(5, "yes", 1), (5, "no", 0), (5, "yes_regular_only", Fraction(1, 2))]

    [summary] = summarise_domains(answers)

    assert (summary.complete, summary.partial, summary.absent) == (1, 1, 1)


@pytest.mark.parametrize(
    "bad, message",
    [
        ((1, "unknown", None), "option 'unknown' has no value"),
        ((1, "complete", Decimal("2")), "values run from 0 to 1"),
        ((1, "complete", 0.5), "a value must be exact"),
        ((1, None, Decimal("1")), "an unanswered indicator has no value"),
    ],
)
def test_inconsistent_answers_are_refused(bad, message):
    with pytest.raises(SummaryError, match=message):
        summarise_domains([bad])


@given(
    st.lists(st.tuples(st.integers(min_value=1, max_value=6), st.sampled_from([*PRESENCE, None])))
)
def test_counts_add_up_to_the_indicators_of_each_domain(pairs):
    summaries = summarise_domains([answer(domain, option) for domain, option in pairs])

    for summary in summaries:
        in_domain = [option for domain, option in pairs if domain == summary.domain]
        assert summary.indicators == len(in_domain)
        assert summary.answered == sum(option is not None for option in in_domain)
        assert summary.answered_share == Fraction(summary.answered, summary.indicators)
        assert abs(summary.answered_percent - summary.answered_share * 100) <= Fraction(1, 2)
    assert sorted(s.domain for s in summaries) == sorted({domain for domain, _ in pairs})
