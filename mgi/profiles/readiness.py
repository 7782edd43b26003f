"""How ready an assessment is to go public: every gap between the draft and a complete profile.

Three kinds of gap stop publication (see `Readiness.blocking`): an unanswered indicator, a domain
without a finding, and an empty English title or introduction. The others (open comment
threads, missing translations, empty or placeholder justifications) are shown so that whoever
moves the assessment forward does so knowingly.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mgi.assessments.comments import open_threads
from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import Indicator
from mgi.lib.i18n_text import pick
from mgi.profiles.models import Finding, Profile

# The language a profile is first written and published in; its texts are required.
PRIMARY_LANGUAGE = "en"
# Words that mark a text as not written yet. The demo's drafts write "Demo answer: replace with
# the evidence."; the upper-case markers are matched as written, since "todo" is Spanish for "all".
PLACEHOLDER_ANYCASE = re.compile(
    r"lorem ipsum|placeholder|replace with the evidence|demo answer|\[insert\b|"
    r"\b(?:texto? de ejemplo|texte à remplacer)\b",
    re.IGNORECASE,
)
PLACEHOLDER_UPPERCASE = re.compile(r"\b(?:TODO|TBD|TBC|FIXME|XXX)\b")
# How many indicator codes a refusal names before it says "and N more".
CODES_NAMED = 12


def is_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER_ANYCASE.search(text) or PLACEHOLDER_UPPERCASE.search(text))


@dataclass(frozen=True)
class DomainGaps:
    number: int
    slug: str
    name: str
    total: int
    unanswered: list[str]
    findings: int

    @property
    def without_findings(self) -> bool:
        return self.findings == 0


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    name: str
    has_title: bool
    has_introduction: bool
    findings_missing: int

    @property
    def complete(self) -> bool:
        return self.has_title and self.has_introduction and not self.findings_missing


@dataclass(frozen=True)
class JustificationGap:
    code: str
    placeholder: bool  # False: the justification is empty
    excerpt: str


@dataclass(frozen=True)
class Readiness:
    domains: list[DomainGaps]
    title_missing: bool
    introduction_missing: bool
    open_threads: int
    languages: list[LanguageStatus]
    justifications: list[JustificationGap] = field(default_factory=list)

    @property
    def total_indicators(self) -> int:
        return sum(d.total for d in self.domains)

    @property
    def unanswered(self) -> list[str]:
        return [code for d in self.domains for code in d.unanswered]

    @property
    def domains_without_findings(self) -> list[DomainGaps]:
        return [d for d in self.domains if d.without_findings]

    @property
    def blocking(self) -> list[str]:
        """What stops publication, one sentence per gap, in the order a reader fixes them."""
        gaps = []
        unanswered = self.unanswered
        if unanswered:
            named = ", ".join(unanswered[:CODES_NAMED])
            if len(unanswered) > CODES_NAMED:
                named += ", " + _("and %(n)d more") % {"n": len(unanswered) - CODES_NAMED}
            gaps.append(
                ngettext(
                    "%(n)d indicator is unanswered: %(codes)s",
                    "%(n)d indicators are unanswered: %(codes)s",
                    len(unanswered),
                )
                % {"n": len(unanswered), "codes": named}
            )
        for domain in self.domains_without_findings:
            gaps.append(
                _("domain %(number)d (%(name)s) has no finding")
                % {"number": domain.number, "name": domain.name}
            )
        if self.title_missing:
            gaps.append(_("the title is empty"))
        if self.introduction_missing:
            gaps.append(_("the introduction is empty"))
        return gaps

    @property
    def can_publish(self) -> bool:
        return not self.blocking

    @property
    def warnings(self) -> int:
        """How many things deserve a look although they do not stop publication."""
        untranslated = sum(1 for language in self.languages if not language.complete)
        return self.open_threads + untranslated + len(self.justifications)


def assess_readiness(assessment: Assessment, language: str | None = None) -> Readiness:
    """The assessment's gaps as it stands, in six queries whatever the size of the framework."""
    domains = list(assessment.framework.domains.order_by("number"))
    indicators = (
        Indicator.objects.filter(framework_id=assessment.framework_id)
        .order_by("order")
        .values_list("pk", "code", "area__domain_id")
    )
    answers = {
        row[0]: row[1:]
        for row in Answer.objects.filter(assessment=assessment).values_list(
            "indicator_id", "option_id", "justification"
        )
    }
    findings = list(Finding.objects.filter(assessment=assessment).values_list("domain_id", "text"))
    profile = Profile.objects.filter(assessment=assessment).first()
    titles = profile.title if profile else {}
    introductions = profile.introduction if profile else {}

    unanswered: dict[int, list[str]] = {d.pk: [] for d in domains}
    totals: dict[int, int] = {}
    justifications = []
    for indicator_id, code, domain_id in indicators:
        totals[domain_id] = totals.get(domain_id, 0) + 1
        option_id, justification = answers.get(indicator_id, (None, ""))
        if option_id is None:
            # "Not assessed" is an answer; only a missing option is a gap.
            unanswered.setdefault(domain_id, []).append(code)
        elif not justification.strip():
            justifications.append(JustificationGap(code, placeholder=False, excerpt=""))
        elif is_placeholder(justification):
            excerpt = " ".join(justification.split())[:80]
            justifications.append(JustificationGap(code, placeholder=True, excerpt=excerpt))
    finding_counts: dict[int, int] = {}
    for domain_id, _text in findings:
        finding_counts[domain_id] = finding_counts.get(domain_id, 0) + 1

    return Readiness(
        domains=[
            DomainGaps(
                number=d.number,
                slug=d.slug,
                name=pick(d.name, language),
                total=totals.get(d.pk, 0),
                unanswered=unanswered[d.pk],
                findings=finding_counts.get(d.pk, 0),
            )
            for d in domains
        ],
        title_missing=not _filled(titles, PRIMARY_LANGUAGE),
        introduction_missing=not _filled(introductions, PRIMARY_LANGUAGE),
        open_threads=open_threads(assessment).count(),
        languages=[
            LanguageStatus(
                code=code,
                name=str(name),
                has_title=_filled(titles, code),
                has_introduction=_filled(introductions, code),
                findings_missing=sum(1 for _d, text in findings if not _filled(text, code)),
            )
            for code, name in settings.LANGUAGES
        ],
        justifications=justifications,
    )


def _filled(texts: dict | None, language: str) -> bool:
    return bool((texts or {}).get(language, "").strip())
