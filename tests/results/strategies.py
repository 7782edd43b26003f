"""Hypothesis strategies shared by the SDG 10.7.2 tests."""

from hypothesis import strategies as st

from mgi.results.sdg1072 import SUBCATEGORIES


def answers_strategy():
    """Any valid set of 30 answers: three choices in domain 1, yes or no elsewhere."""
    return st.fixed_dictionaries(
        {
            code: st.sampled_from(
                ["yes", "yes_regular_only", "no"] if code[0] == "1" else ["yes", "no"]
            )
            for code in SUBCATEGORIES
        }
    )


CATEGORY_TUPLES = st.tuples(*[st.integers(min_value=1, max_value=4)] * 6)
