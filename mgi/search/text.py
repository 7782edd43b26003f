"""Words for the search index, and snippets of text around the words searched for.

Text is folded the same way before it is indexed and before it is searched (lower case, accents
removed), so SQLite and PostgreSQL see identical words and "migracion" finds "migración".
A query word matches whole words; ending it with * matches every word that starts with it.
Prefixes are asked for, not implied, because a prefix costs the index far more than a word.
"""

import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from mgi.lib.folding import fold

# Letters and digits; underscores and punctuation separate words, as in both databases' parsers.
WORD = re.compile(r"[^\W_]+")
QUERY_WORD = re.compile(r"([^\W_]+)(\*?)")
MAX_QUERY_TERMS = 8
SNIPPET_WORDS = 32
WORDS_BEFORE_MATCH = 8


def index_words(text: str) -> str:
    """The folded words of a text, separated by spaces: all either database's parser sees.

    Handing over bare words keeps the two parsers from reading markup or addresses their own
    way (PostgreSQL's skips what looks like an HTML tag, with the words inside it).
    """
    return " ".join(WORD.findall(fold(text)))


# Each filter's words start with a letter of their own, so that "r2019" is always a round.
FACET_LETTERS = {
    "place": "p",
    "place_kind": "t",
    "round": "r",
    "framework": "f",
    "domain": "d",
    "language": "l",
}


def facet_word(name: str, value) -> str:
    """A filter value as one word of letters and digits: ("place", "PER-LIMA") -> "pperlima"."""
    return FACET_LETTERS[name] + "".join(WORD.findall(fold(str(value))))


def facet_words(values: dict) -> str:
    return " ".join(facet_word(name, value) for name, value in values.items() if value)


@dataclass(frozen=True)
class Term:
    word: str
    prefix: bool = False

    def matches(self, folded_word: str) -> bool:
        if self.prefix:
            return folded_word.startswith(self.word)
        return folded_word == self.word


def query_terms(query: str) -> list[Term]:
    """The folded words of a query ("migra*" a prefix), at most MAX_QUERY_TERMS, no repeats."""
    terms: list[Term] = []
    for word, star in QUERY_WORD.findall(fold(query or "")):
        term = Term(word, prefix=bool(star))
        if term not in terms:
            terms.append(term)
    return terms[:MAX_QUERY_TERMS]


def _matches(word: str, terms: list[Term]) -> bool:
    folded = fold(word)
    return any(term.matches(folded) for term in terms)


@dataclass(frozen=True)
class Snippet:
    text: str
    runs: tuple[tuple[str, bool], ...] = ()  # the text in runs, each a match or not

    @property
    def html(self) -> SafeString:
        """The text with its matches in <mark>, from search/_snippet.html, which escapes it."""
        return render_to_string("search/_snippet.html", {"snippet": self})


def snippet(
    text: str, terms: list[Term], size: int = SNIPPET_WORDS, before: int = WORDS_BEFORE_MATCH
) -> Snippet:
    """A window of `size` words around the first match, its matching words set apart."""
    words = list(WORD.finditer(text))
    if not words:
        return Snippet(text="")
    first = next((i for i, w in enumerate(words) if _matches(w.group(), terms)), 0)
    start_word = max(0, first - before)
    end_word = min(len(words), start_word + size)
    start = 0 if start_word == 0 else words[start_word].start()
    end = len(text) if end_word == len(words) else words[end_word - 1].end()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    runs = [(prefix, False)]
    position = start
    for word in words[start_word:end_word]:
        if _matches(word.group(), terms):
            runs += [(text[position : word.start()], False), (word.group(), True)]
            position = word.end()
    runs += [(text[position:end], False), (suffix, False)]
    plain = f"{prefix}{text[start:end]}{suffix}"
    return Snippet(text=plain, runs=tuple(run for run in runs if run[0]))
