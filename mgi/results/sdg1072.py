"""SDG indicator 10.7.2: sub-category, domain and overall values, categories, and feasibility.

Pure functions over plain data. Every value is a `fractions.Fraction`: domain 1 counts halves,
and the overall value is a mean of six domain values (thirds), so floating point would put values
such as 40 or 80 a hair below their boundary and into the wrong category.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from numbers import Rational


def gettext_noop(message: str) -> str:
    """Mark a label for `makemessages` without importing Django; displays translate it later."""
    return message


DOMAINS = (1, 2, 3, 4, 5, 6)
DOMAIN_CODES = {number: f"PD_{number}" for number in DOMAINS}
OVERALL_CODE = "_T"
LETTERS = "abcde"
SUBCATEGORIES = tuple(f"{number}{letter}" for number in DOMAINS for letter in LETTERS)

# Domain 1 (migrant rights) gives half credit to a right held only by migrants in a regular
# situation; every other domain is yes or no.
RIGHTS_ANSWERS = {"yes": Fraction(1), "yes_regular_only": Fraction(1, 2), "no": Fraction(0)}
YES_NO_ANSWERS = {"yes": Fraction(1), "no": Fraction(0)}

HUNDRED = Fraction(100)
# Lower bounds of categories 2 and 3; category 4 is exactly 100 and nothing else.
PARTIALLY_MEETS_FROM = Fraction(40)
MEETS_FROM = Fraction(80)

CATEGORY_LABELS = {
    1: gettext_noop("Requires further progress"),
    2: gettext_noop("Partially meets"),
    3: gettext_noop("Meets"),
    4: gettext_noop("Fully meets"),
}
CATEGORIES = tuple(CATEGORY_LABELS)


class Sdg1072Error(ValueError):
    """Answers or categories that the SDG 10.7.2 computation cannot accept."""


@dataclass(frozen=True)
class Score:
    """A domain's (`PD_1`..`PD_6`) or the overall (`_T`) value, with its category."""

    code: str
    value: Fraction
    category: int

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self.category]


@dataclass(frozen=True)
class PlaceScores:
    domains: tuple[Score, ...]  # PD_1..PD_6 in order
    overall: Score

    @property
    def all(self) -> tuple[Score, ...]:
        return (*self.domains, self.overall)


def answer_options(domain: int) -> Mapping[str, Fraction]:
    """The answers a sub-category of this domain takes, with their values."""
    if domain not in DOMAINS:
        raise Sdg1072Error(f"no domain {domain!r} (domains are 1 to 6)")
    return RIGHTS_ANSWERS if domain == 1 else YES_NO_ANSWERS


def domain_of(subcategory: str) -> int:
    if subcategory not in SUBCATEGORIES:
        raise Sdg1072Error(f"unknown sub-category {subcategory!r} (expected 1a to 6e)")
    return int(subcategory[0])


def subcategory_value(subcategory: str, answer: str) -> Fraction:
    """The value of one answer; `yes_regular_only` outside domain 1 is an error, not a half."""
    domain = domain_of(subcategory)
    options = answer_options(domain)
    if answer in options:
        return options[answer]
    expected = " or ".join(options)
    if answer in RIGHTS_ANSWERS:
        raise Sdg1072Error(
            f"answer {answer!r} applies only to domain 1; {subcategory} takes {expected}"
        )
    raise Sdg1072Error(f"unknown answer {answer!r} for {subcategory} (expected {expected})")


def domain_value(values: Sequence[Fraction]) -> Fraction:
    """(sum of the five sub-category values / 5) x 100."""
    if len(values) != len(LETTERS):
        raise Sdg1072Error(f"a domain has {len(LETTERS)} sub-category values, not {len(values)}")
    return _exact_sum(values) / len(LETTERS) * HUNDRED


def overall_value(domain_values: Sequence[Fraction]) -> Fraction:
    """Mean of the six domain values: the same as the mean of all 30 values x 100."""
    if len(domain_values) != len(DOMAINS):
        raise Sdg1072Error(f"the overall value needs {len(DOMAINS)} domain values")
    return _exact_sum(domain_values) / len(DOMAINS)


def category(value: Fraction) -> int:
    """1 below 40, 2 from 40, 3 from 80, 4 only at exactly 100; refuses floats."""
    value = _exact(value)
    if not 0 <= value <= HUNDRED:
        raise Sdg1072Error(f"a value runs from 0 to 100, not {value}")
    if value == HUNDRED:
        return 4
    if value >= MEETS_FROM:
        return 3
    if value >= PARTIALLY_MEETS_FROM:
        return 2
    return 1


def score_answers(answers: Mapping[str, str]) -> PlaceScores:
    """Score one place's 30 answers (sub-category code -> answer code)."""
    unknown = sorted(set(answers) - set(SUBCATEGORIES))
    if unknown:
        raise Sdg1072Error(f"unknown sub-categories {', '.join(map(repr, unknown))}")
    missing = [code for code in SUBCATEGORIES if code not in answers]
    if missing:
        raise Sdg1072Error(f"no answer for sub-categories {', '.join(missing)}")
    domains = []
    for number in DOMAINS:
        values = [subcategory_value(f"{number}{x}", answers[f"{number}{x}"]) for x in LETTERS]
        value = domain_value(values)
        domains.append(Score(DOMAIN_CODES[number], value, category(value)))
    overall = overall_value([score.value for score in domains])
    return PlaceScores(tuple(domains), Score(OVERALL_CODE, overall, category(overall)))


@lru_cache(maxsize=len(DOMAINS))
def possible_domain_values(domain: int) -> frozenset[Fraction]:
    """Every value a domain can take: steps of 10 in domain 1 and of 20 elsewhere."""
    sums = {Fraction(0)}
    for _ in LETTERS:
        sums = {total + value for total in sums for value in answer_options(domain).values()}
    return frozenset(total / len(LETTERS) * HUNDRED for total in sums)


def domain_values_in_category(domain: int, domain_category: int) -> frozenset[Fraction]:
    _check_category(domain_category)
    return frozenset(v for v in possible_domain_values(domain) if category(v) == domain_category)


def possible_overall_values(domain_categories: Sequence[int]) -> frozenset[Fraction]:
    """Every overall value consistent with six published domain categories (PD_1..PD_6)."""
    if len(domain_categories) != len(DOMAINS):
        raise Sdg1072Error(
            f"give {len(DOMAINS)} domain categories (PD_1 to PD_6), not {len(domain_categories)}"
        )
    # The overall value is the mean of the domain values, so its reachable values are the sum-set
    # of each domain's candidate values, divided by six: at most 61 sums, no search needed.
    sums = {Fraction(0)}
    for number, domain_category in zip(DOMAINS, domain_categories, strict=True):
        candidates = domain_values_in_category(number, domain_category)
        sums = {total + value for total in sums for value in candidates}
    return frozenset(total / len(DOMAINS) for total in sums)


def possible_overall_categories(domain_categories: Sequence[int]) -> frozenset[int]:
    """The overall categories a country with these domain categories can have.

    The overall category is not a function of the domain categories: 3,4,4,4,4,4 allows only 3
    (Canada, 2019 and 2021), while 1,2,2,2,2,2 allows 1 or 2 (an overall value of 33.33 to 55).
    """
    return frozenset(category(value) for value in possible_overall_values(domain_categories))


def overall_category_is_possible(domain_categories: Sequence[int], overall_category: int) -> bool:
    _check_category(overall_category)
    return overall_category in possible_overall_categories(domain_categories)


def format_value(value: Fraction, places: int = 2) -> str:
    """A value for display, rounded half-up (96.666... -> "96.67"); never used to decide."""
    value = _exact(value)
    scale = 10**places
    sign = "-" if value < 0 else ""
    # floor(x + 1/2) on the magnitude is half-up rounding, away from zero on ties.
    units = int(abs(value) * scale + Fraction(1, 2))
    whole, part = divmod(units, scale)
    return f"{sign}{whole}.{part:0{places}d}" if places else f"{sign}{whole}"


def _check_category(code: int) -> None:
    if isinstance(code, bool) or code not in CATEGORIES:
        raise Sdg1072Error(f"a category is 1, 2, 3 or 4, not {code!r}")


def _exact(value) -> Fraction:
    # Rationals only: a float that reached here would already carry drift (0.1 + 0.2 != 0.3).
    if isinstance(value, bool) or not isinstance(value, Rational):
        raise TypeError(f"expected an exact number (int or Fraction), not {type(value).__name__}")
    return Fraction(value)


def _exact_sum(values: Iterable[Fraction]) -> Fraction:
    return sum((_exact(value) for value in values), Fraction(0))
