"""Query words, folding and snippets, on generated text: user text never becomes markup."""

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from mgi.search.text import Term, facet_word, fold, index_words, query_terms, snippet


def test_query_words_are_folded_and_a_star_asks_for_a_prefix():
    assert query_terms("Migración  migra* MIGRACION") == [
        Term("migracion"),
        Term("migra", prefix=True),
    ]


def test_a_facet_word_is_one_word_of_letters_and_digits():
    assert facet_word("place", "PER-LIMA") == "pperlima"
    assert facet_word("round", 2019) == "r2019"


@given(st.text(max_size=300), st.text(max_size=30))
def test_a_snippet_is_the_escaped_text_with_only_mark_tags_added(text, query):
    result = snippet(text, query_terms(query))

    tags = re.findall(r"<[^>]*>", result.html)
    assert set(tags) <= {"<mark>", "</mark>"}
    assert html.unescape(re.sub(r"</?mark>", "", result.html)) == result.text


@given(st.text(max_size=200))
def test_every_word_of_a_text_is_found_by_itself(text):
    words = index_words(text).split()

    for word in words[:5]:
        assert [t.word for t in query_terms(word)] == [word]
        assert fold(word) == word
