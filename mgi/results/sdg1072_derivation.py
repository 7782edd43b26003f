"""SDG 10.7.2 derived from an MGI assessment's answers through the framework's crosswalk.

Pure functions over plain data. The UN computes 10.7.2 from governments' own yes/no answers; an
MGI assessment answers different, finer questions. A derived answer is therefore given only where
the MGI answers settle the sub-category beyond doubt; anything else "cannot be derived", and a
domain (or the overall value) with any such sub-category gets no derived value at all rather
than a guess. The methodology is documented in docs/sdg-10-7-2.md.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from mgi.results.sdg1072 import (
    DOMAIN_CODES,
    DOMAINS,
    LETTERS,
    OVERALL_CODE,
    SUBCATEGORIES,
    Score,
    category,
    domain_value,
    overall_value,
    subcategory_value,
)
from mgi.results.summaries import answer_status

# Option codes that say a right is held only by migrants in a regular situation. The presence
# scale's "partial" may mean that, or emergency care only, or some schemes only: it cannot tell,
# so only a scale that records this case by its own option yields the domain 1 half answer.
REGULAR_ONLY_OPTIONS = frozenset({"yes_regular_only", "regular_only", "partial_regular_only"})
REGULAR_ONLY = "regular_only"

# Why a sub-category has the derived answer it has (or none).
EVERY_INDICATOR_COMPLETE = "every_indicator_complete"
AN_INDICATOR_ABSENT = "an_indicator_absent"
LIMITED_TO_REGULAR_MIGRANTS = "limited_to_regular_migrants"
NO_CROSSWALKED_INDICATOR = "no_crosswalked_indicator"
NOT_SETTLED = "not_settled"


class CrosswalkedAnswer(NamedTuple):
    """One indicator's answer with the SDG sub-categories its framework maps it to."""

    indicator: str
    crosswalk: tuple[str, ...]
    option: str | None
    value: object  # an exact number (Decimal, Fraction, int) or None


@dataclass(frozen=True)
class DerivedSubcategory:
    code: str  # "1a".."6e"
    answer: str | None  # "yes", "no", "yes_regular_only", or None: cannot be derived
    reason: str
    indicators: tuple[str, ...]  # the crosswalked indicators, in the order given

    @property
    def derivable(self) -> bool:
        return self.answer is not None


@dataclass(frozen=True)
class DerivedDomain:
    number: int
    subcategories: tuple[DerivedSubcategory, ...]
    score: Score | None  # None when any sub-category cannot be derived

    @property
    def code(self) -> str:
        return DOMAIN_CODES[self.number]


@dataclass(frozen=True)
class Derivation:
    domains: tuple[DerivedDomain, ...]  # domains 1 to 6 in order
    overall: Score | None  # None unless every domain has a value

    @property
    def answers(self) -> dict[str, str]:
        """The derived sub-category answers, for `score_answers` (only those that exist)."""
        return {
            sub.code: sub.answer
            for domain in self.domains
            for sub in domain.subcategories
            if sub.answer is not None
        }


def derive_subcategory(code: str, statuses: Iterable[tuple[str, str]]) -> DerivedSubcategory:
    """One sub-category from its crosswalked indicators' (code, status) pairs.

    Any absent indicator settles "no" first, even beside unanswered ones: one missing policy is
    enough for the UN question to be answered no. Otherwise every indicator must be complete for
    "yes" (or, in domain 1, complete or limited to regular migrants for "yes_regular_only").
    """
    pairs = list(statuses)
    indicators = tuple(indicator for indicator, _ in pairs)
    found = {status for _, status in pairs}
    if not pairs:
        return DerivedSubcategory(code, None, NO_CROSSWALKED_INDICATOR, indicators)
    if "absent" in found:
        return DerivedSubcategory(code, "no", AN_INDICATOR_ABSENT, indicators)
    if found == {"complete"}:
        return DerivedSubcategory(code, "yes", EVERY_INDICATOR_COMPLETE, indicators)
    if code.startswith("1") and found <= {"complete", REGULAR_ONLY}:
        return DerivedSubcategory(code, "yes_regular_only", LIMITED_TO_REGULAR_MIGRANTS, indicators)
    return DerivedSubcategory(code, None, NOT_SETTLED, indicators)


def derive_sdg1072(answers: Iterable[CrosswalkedAnswer | tuple]) -> Derivation:
    """Derived sub-category answers, domain and overall scores from one assessment's answers.

    Crosswalk codes that are not 10.7.2 sub-categories (another framework's) are ignored.
    """
    by_subcategory: dict[str, list[tuple[str, str]]] = {code: [] for code in SUBCATEGORIES}
    for indicator, crosswalk, option, value in answers:
        status = _status(option, value)
        for code in dict.fromkeys(crosswalk):  # a code listed twice counts once
            if code in by_subcategory:
                by_subcategory[code].append((indicator, status))
    domains = []
    for number in DOMAINS:
        subcategories = tuple(
            derive_subcategory(f"{number}{letter}", by_subcategory[f"{number}{letter}"])
            for letter in LETTERS
        )
        domains.append(DerivedDomain(number, subcategories, _domain_score(number, subcategories)))
    overall = None
    if all(domain.score is not None for domain in domains):
        value = overall_value([domain.score.value for domain in domains])
        overall = Score(OVERALL_CODE, value, category(value))
    return Derivation(tuple(domains), overall)


def _status(option: str | None, value) -> str:
    if option in REGULAR_ONLY_OPTIONS:
        return REGULAR_ONLY
    return answer_status(option, value)


def _domain_score(number: int, subcategories: tuple[DerivedSubcategory, ...]) -> Score | None:
    if not all(sub.derivable for sub in subcategories):
        return None
    values: list[Fraction] = [subcategory_value(sub.code, sub.answer) for sub in subcategories]
    value = domain_value(values)
    return Score(DOMAIN_CODES[number], value, category(value))
