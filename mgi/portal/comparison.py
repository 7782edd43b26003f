"""Two to four published profiles side by side, domain by domain: findings and summaries.

Profiles line up by domain number: every MGI framework, national or local, has the same six
domains, even where a local framework names them differently. Nothing is ordered by result:
profiles keep the order the reader chose them in.
"""

import re
from functools import reduce
from operator import or_

from django.db.models import Prefetch, Q
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Domain, Indicator
from mgi.lib.i18n_text import pick
from mgi.portal.compare_links import profile_key
from mgi.profiles.models import Finding
from mgi.profiles.payload import FINDING_KINDS
from mgi.profiles.public import published_profiles
from mgi.results.assessment_results import load_results

MIN_PROFILES, MAX_PROFILES = 2, 4
KEY = re.compile(r"^(?P<place>[a-z0-9][a-z0-9-]*)-(?P<round>\d{4})$")


class ComparisonError(ValueError):
    """A request for a comparison that cannot be made; the message says why."""


def parse_profile_keys(values: list[str]) -> list[tuple[str, int]]:
    """["per-2019", "per-lima-2021"] -> [("PER", 2019), ("PER-LIMA", 2021)]; repeats and
    blanks dropped."""
    keys = []
    # The form sends its unused choices as empty values.
    for value in filter(None, (v.strip() for v in values)):
        match = KEY.match(value.lower())
        if match is None:
            raise ComparisonError(
                _("%(value)s does not name a profile (write it as per-2019)")
                % {"value": repr(value)}
            )
        key = (match["place"].upper(), int(match["round"]))
        if key not in keys:
            keys.append(key)
    if len(keys) > MAX_PROFILES:
        raise ComparisonError(
            _("Compare at most %(count)d profiles at a time.") % {"count": MAX_PROFILES}
        )
    return keys


def published_for_keys(keys: list[tuple[str, int]]) -> list[Assessment]:
    """The newest published revision of each round asked for, in the order asked; one query.
    A round that is not published (a draft, or nothing at all) is a 404, so drafts stay unseen."""
    if not keys:
        return []
    wanted = reduce(or_, (Q(place__code=code, round_year=year) for code, year in keys))
    newest = {
        (assessment.place.code, assessment.round_year): assessment
        for assessment in published_profiles().select_related("framework").filter(wanted)
    }
    missing = [f"{code.lower()}-{year}" for code, year in keys if (code, year) not in newest]
    if missing:
        raise Http404(f"No published profile for {', '.join(missing)}.")
    return [newest[key] for key in keys]


def build_comparison(assessments: list[Assessment], language: str) -> dict:
    """The comparison as plain data, the same for the page and compare.json; five queries."""
    domains = list(
        Domain.objects.filter(framework_id__in={a.framework_id for a in assessments}).order_by(
            "number"
        )
    )
    findings = _findings_by_assessment(assessments, language)
    results = load_results(assessments)
    numbers = sorted({domain.number for domain in domains})
    by_framework = {(d.framework_id, d.number): d for d in domains}
    return {
        "profiles": [_profile(a, language) for a in assessments],
        "domains": [
            _domain(number, assessments, by_framework, findings, results, language)
            for number in numbers
        ],
    }


def _profile(assessment: Assessment, language: str) -> dict:
    return {
        "key": profile_key(assessment),
        "place": assessment.place.to_dict(),
        "round": assessment.round_year,
        "revision": assessment.revision,
        "date": assessment.profile.date,
        "title": pick(assessment.profile.title, language),
        "url": reverse("profile", args=[assessment.place.url_code, assessment.round_year]),
    }


def _domain(number, assessments, by_framework, findings, results, language) -> dict:
    first = next(
        by_framework[(a.framework_id, number)]
        for a in assessments
        if (a.framework_id, number) in by_framework
    )
    columns = []
    for assessment in assessments:
        domain = by_framework.get((assessment.framework_id, number))
        summary = results[assessment.pk].summary_of(number)
        columns.append(
            {
                "key": profile_key(assessment),
                "domain_name": pick(domain.name, language) if domain else "",
                "url": _domain_url(assessment, domain),
                "summary": _public_summary(summary),
                **{kind: findings[assessment.pk].get((number, kind), []) for kind in FINDING_KINDS},
            }
        )
    return {
        "number": number,
        "slug": first.slug,
        "name": pick(first.name, language),
        "colour": first.colour,
        "profiles": columns,
    }


def _domain_url(assessment: Assessment, domain: Domain | None) -> str:
    url = reverse("profile", args=[assessment.place.url_code, assessment.round_year])
    return f"{url}#domain-{domain.slug}" if domain else url


def _public_summary(summary) -> dict | None:
    """Counts without the exact share (a fraction string), which the page does not need."""
    if summary is None:
        return None
    data = summary.to_dict()
    for key in ("domain", "answered_share"):
        data.pop(key)
    return data


def _findings_by_assessment(assessments: list[Assessment], language: str) -> dict:
    """Assessment id -> (domain number, kind) -> findings; two queries for all profiles."""
    rows = (
        Finding.objects.filter(assessment__in=assessments)
        .select_related("domain")
        .order_by("assessment_id", "domain__number", "kind", "order")
        .prefetch_related(Prefetch("indicators", queryset=Indicator.objects.order_by("order")))
    )
    found: dict[int, dict] = {a.pk: {} for a in assessments}
    for finding in rows:
        key = (finding.domain.number, finding.kind)
        found[finding.assessment_id].setdefault(key, []).append(
            {
                "text": pick(finding.text, language),
                "indicators": [indicator.code for indicator in finding.indicators.all()],
            }
        )
    return found
