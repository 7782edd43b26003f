"""SDG 10.7.2 derived from MGI answers: settled sub-categories only, exact scores, no guesses."""

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from mgi.results.sdg1072 import DOMAINS, SUBCATEGORIES, score_answers
from mgi.results.sdg1072_derivation import (
    AN_INDICATOR_ABSENT,
    EVERY_INDICATOR_COMPLETE,
    LIMITED_TO_REGULAR_MIGRANTS,
    NO_CROSSWALKED_INDICATOR,
    NOT_SETTLED,
    CrosswalkedAnswer,
    derive_sdg1072,
)

VALUES = {
    "complete": Decimal("1"),
    "partial": Decimal("0.5"),
    "absent": Decimal("0"),
    "not_applicable": None,
    "not_assessed": None,
    None: None,
    "yes_regular_only": Decimal("0.5"),
}
OPTIONS = list(VALUES)
PRESENCE_OPTIONS = [option for option in OPTIONS if option != "yes_regular_only"]


def answer(code: str, crosswalk: list[str], option: str | None) -> CrosswalkedAnswer:
    return CrosswalkedAnswer(code, tuple(crosswalk), option, VALUES[option])


def one_per_subcategory(options: dict[str, str | None]) -> list[CrosswalkedAnswer]:
    """Every sub-category with one indicator of its own; unnamed ones complete."""
    return [answer(f"i-{code}", [code], options.get(code, "complete")) for code in SUBCATEGORIES]


def subcategory(derivation, code: str):
    domain = derivation.domains[int(code[0]) - 1]
    return next(sub for sub in domain.subcategories if sub.code == code)


def test_a_subcategory_is_yes_when_every_crosswalked_indicator_is_complete():
    derivation = derive_sdg1072(
        [answer("3.3.3", ["3e"], "complete"), answer("3.3.4", ["3e"], "complete")]
    )

    sub = subcategory(derivation, "3e")
    assert (sub.answer, sub.reason, sub.indicators) == (
        "yes",
        EVERY_INDICATOR_COMPLETE,
        ("3.3.3", "3.3.4"),
    )


def test_any_absent_indicator_makes_the_subcategory_no_even_beside_unanswered_ones():
    derivation = derive_sdg1072([answer("3.3.3", ["3e"], None), answer("3.3.4", ["3e"], "absent")])

    assert (subcategory(derivation, "3e").answer, subcategory(derivation, "3e").reason) == (
        "no",
        AN_INDICATOR_ABSENT,
    )


def test_partial_not_applicable_not_assessed_or_unanswered_cannot_be_derived():
    for option in ("partial", "not_applicable", "not_assessed", None):
        derivation = derive_sdg1072(
            [answer("2.1.1", ["2a"], "complete"), answer("2.1.9", ["2a"], option)]
        )

        sub = subcategory(derivation, "2a")
        assert (sub.answer, sub.reason) == (None, NOT_SETTLED), option


def test_partial_in_domain_1_is_not_read_as_limited_to_regular_migrants():
    derivation = derive_sdg1072([answer("1.1.1", ["1a"], "partial")])

    assert subcategory(derivation, "1a").answer is None


def test_an_option_limited_to_regular_migrants_in_domain_1_derives_the_half_answer():
    derivation = derive_sdg1072(one_per_subcategory({"1a": "yes_regular_only"}))

    sub = subcategory(derivation, "1a")
    assert (sub.answer, sub.reason) == ("yes_regular_only", LIMITED_TO_REGULAR_MIGRANTS)
    assert derivation.domains[0].score.value == 90
    assert derivation.domains[0].score.category == 3


def test_an_option_limited_to_regular_migrants_outside_domain_1_cannot_be_derived():
    derivation = derive_sdg1072([answer("x", ["4b"], "yes_regular_only")])

    assert subcategory(derivation, "4b").answer is None


def test_a_subcategory_without_a_crosswalked_indicator_cannot_be_derived():
    derivation = derive_sdg1072([answer("1.1.1", ["1a"], "complete")])

    assert subcategory(derivation, "6e").reason == NO_CROSSWALKED_INDICATOR
    assert derivation.overall is None


def test_a_domain_with_one_underivable_subcategory_has_no_value_and_nor_has_the_overall():
    derivation = derive_sdg1072(one_per_subcategory({"5c": "partial"}))

    assert derivation.domains[4].score is None
    assert [d.score is None for d in derivation.domains] == [False] * 4 + [True, False]
    assert derivation.overall is None


def test_every_derivable_domain_is_scored_exactly():
    derivation = derive_sdg1072(
        one_per_subcategory({"2d": "absent", "2e": "absent", "1b": "yes_regular_only"})
    )

    assert derivation.domains[0].score.value == Fraction(90)
    assert (derivation.domains[1].score.value, derivation.domains[1].score.category) == (60, 2)
    # (90 + 60 + 4 x 100) / 6 = 91.666...: exactly, never 91.66666666666667.
    assert derivation.overall.value == Fraction(275, 3)
    assert derivation.overall.category == 3


def test_codes_of_other_frameworks_and_repeated_codes_are_ignored():
    derivation = derive_sdg1072([answer("1.1.1", ["1a", "1a", "GCM-15"], "complete")])

    assert subcategory(derivation, "1a").indicators == ("1.1.1",)


@given(
    st.fixed_dictionaries({code: st.sampled_from(["complete", "absent"]) for code in SUBCATEGORIES})
)
def test_settled_answers_give_what_the_un_computation_gives(options):
    # With one settled indicator per sub-category the derivation is the UN computation itself.
    derivation = derive_sdg1072(one_per_subcategory(options))

    expected = score_answers({c: "yes" if o == "complete" else "no" for c, o in options.items()})
    assert tuple(d.score for d in derivation.domains) == expected.domains
    assert derivation.overall == expected.overall


crosswalked_answers = st.lists(
    st.tuples(
        st.lists(st.sampled_from(SUBCATEGORIES), min_size=1, max_size=3),
        st.sampled_from(OPTIONS),
    ),
    max_size=80,
)


@given(crosswalked_answers)
def test_a_derived_answer_always_follows_from_its_indicators(rows):
    derivation = derive_sdg1072(
        answer(f"i{n}", crosswalk, option) for n, (crosswalk, option) in enumerate(rows)
    )

    for code in SUBCATEGORIES:
        options = [option for crosswalk, option in rows if code in crosswalk]
        sub = subcategory(derivation, code)
        if "absent" in options:
            assert sub.answer == "no"
        elif options and set(options) == {"complete"}:
            assert sub.answer == "yes"
        elif code[0] == "1" and options and set(options) <= {"complete", "yes_regular_only"}:
            assert sub.answer == "yes_regular_only"
        else:
            assert sub.answer is None


@given(crosswalked_answers)
def test_a_domain_has_a_value_exactly_when_all_its_subcategories_are_derived(rows):
    derivation = derive_sdg1072(
        answer(f"i{n}", crosswalk, option) for n, (crosswalk, option) in enumerate(rows)
    )

    for domain in derivation.domains:
        assert (domain.score is not None) == all(s.derivable for s in domain.subcategories)
    assert (derivation.overall is not None) == all(d.score for d in derivation.domains)
    if derivation.overall is not None:
        assert derivation.overall == score_answers(derivation.answers).overall


@given(
    st.fixed_dictionaries({code: st.sampled_from(PRESENCE_OPTIONS) for code in SUBCATEGORIES}),
    st.sampled_from(SUBCATEGORIES),
    st.sampled_from(PRESENCE_OPTIONS),
)
def test_an_absent_indicator_settles_no_whatever_other_indicators_say(options, code, other):
    rows = one_per_subcategory(options) + [answer("extra", [code], other)]
    rows.append(answer("missing", [code], "absent"))

    assert subcategory(derive_sdg1072(rows), code).answer == "no"


def test_the_six_domains_come_in_order():
    assert [d.number for d in derive_sdg1072([]).domains] == list(DOMAINS)
