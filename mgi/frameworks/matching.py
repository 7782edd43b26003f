"""Tie a finding's text to the indicators it rests on, by the indicators' keyword phrases."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class KeywordedIndicator:
    code: str
    keywords: Sequence[str]


def normalise_for_matching(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("-", " ")
    return " ".join(text.casefold().split())


def _phrase_pattern(phrase: str) -> re.Pattern:
    # Whole words at the start, any ending: "agreement" also matches "agreements".
    return re.compile(r"\b" + re.escape(normalise_for_matching(phrase)))


def match_indicators(text: str, indicators: Iterable[KeywordedIndicator]) -> list[str]:
    """Codes of the indicators whose keywords the text contains most (ties all kept), or []."""
    haystack = normalise_for_matching(text)
    scores: dict[str, int] = {}
    for indicator in indicators:
        score = sum(1 for phrase in indicator.keywords if _phrase_pattern(phrase).search(haystack))
        if score:
            scores[indicator.code] = score
    if not scores:
        return []
    best = max(scores.values())
    return [code for code, score in scores.items() if score == best]
