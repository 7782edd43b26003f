"""Accent folding: how names, titles, headings and search words are compared."""

import re
import unicodedata

# The blocks of combining marks (accents and the like) left over once letters are decomposed.
COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents ("Éire" -> "eire"), whether the accents came composed or
    decomposed: pasted text may carry either, or have lost them altogether."""
    if text.isascii():
        return text.casefold()
    return COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
