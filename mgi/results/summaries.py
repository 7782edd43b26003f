"""Per-domain summaries of an MGI assessment's answers: how many indicators stand where.

Pure functions over plain data. A summary counts; it never scores or ranks a domain or a place,
because MGI profiles describe governance and are deliberately not league tables.
"""

from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal
from fractions import Fraction
from numbers import Rational
from typing import NamedTuple

from mgi.frameworks.local_rules import OUTSIDE_COMPETENCE

# Options without a value say why there is no value; any other valueless option is an error.
NOT_APPLICABLE = "not_applicable"
NOT_ASSESSED = "not_assessed"
VALUELESS_OPTIONS = (NOT_APPLICABLE, NOT_ASSESSED, OUTSIDE_COMPETENCE)
# A local authority is not held to what lies outside its competences: such an answer counts as
# not applicable, never against the place.
COUNTED_AS = {OUTSIDE_COMPETENCE: NOT_APPLICABLE}


class SummaryError(ValueError):
    """Answers that cannot be summarised (an unknown valueless option, a value out of range)."""


class IndicatorAnswer(NamedTuple):
    """One indicator's answer: its domain, the option chosen (None if unanswered), its value."""

    domain: int
    option: str | None
    value: Fraction | Decimal | int | None


@dataclass(frozen=True)
class DomainSummary:
    domain: int
    complete: int = 0
    partial: int = 0
    absent: int = 0
    not_applicable: int = 0
    not_assessed: int = 0
    unanswered: int = 0

    @property
    def indicators(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "domain")

    @property
    def answered(self) -> int:
        """Any option chosen counts, "not applicable" and "not assessed" included."""
        return self.indicators - self.unanswered

    @property
    def answered_share(self) -> Fraction | None:
        """answered / indicators, exactly; None for a domain without indicators."""
        return Fraction(self.answered, self.indicators) if self.indicators else None

    @property
    def answered_percent(self) -> int | None:
        """The share as a whole percentage for display, rounded half-up (2/3 -> 67)."""
        share = self.answered_share
        return None if share is None else int(share * 100 + Fraction(1, 2))

    def to_dict(self) -> dict:
        share = self.answered_share
        return {
            "domain": self.domain,
            "complete": self.complete,
            "partial": self.partial,
            "absent": self.absent,
            "not_applicable": self.not_applicable,
            "not_assessed": self.not_assessed,
            "unanswered": self.unanswered,
            "indicators": self.indicators,
            "answered": self.answered,
            "answered_share": None if share is None else str(share),
            "answered_percent": self.answered_percent,
        }


def answer_status(option: str | None, value) -> str:
    """Which count an answer goes to, read from its value so that any 0-1 scale works.

    1 is complete, 0 absent and anything between partial (the presence scale's 0.5, or a finer
    scale's steps); a valueless option must say whether it is not applicable or not assessed
    ("outside local competence" counts as not applicable).
    """
    if option is None:
        if value is not None:
            raise SummaryError(f"an unanswered indicator has no value, not {value!r}")
        return "unanswered"
    if value is None:
        if option not in VALUELESS_OPTIONS:
            raise SummaryError(
                f"option {option!r} has no value; only {', '.join(VALUELESS_OPTIONS)} may"
            )
        return COUNTED_AS.get(option, option)
    exact = _exact(value)
    if not 0 <= exact <= 1:
        raise SummaryError(f"option {option!r} has value {value}; values run from 0 to 1")
    if exact == 1:
        return "complete"
    return "absent" if exact == 0 else "partial"


def summarise_domains(
    answers: Iterable[IndicatorAnswer | tuple], domains: Iterable[int] = ()
) -> list[DomainSummary]:
    """One summary per domain, in domain order; `domains` adds domains that have no indicators."""
    counts: dict[int, dict[str, int]] = {number: {} for number in domains}
    for domain, option, value in answers:
        status = answer_status(option, value)
        per_domain = counts.setdefault(domain, {})
        per_domain[status] = per_domain.get(status, 0) + 1
    return [DomainSummary(domain=number, **counts[number]) for number in sorted(counts)]


def _exact(value) -> Fraction:
    # Option values come from Decimal fields; a float would make 0.1-steps inexact.
    exact = isinstance(value, Rational) or (isinstance(value, Decimal) and value.is_finite())
    if isinstance(value, bool) or not exact:
        raise SummaryError(f"a value must be exact (int, Decimal or Fraction), not {value!r}")
    return Fraction(value)
