"""Data for the public pages, built as plain dicts; views only render them."""

import datetime

from django.http import Http404

from mgi.assessments.diff import compare_assessments
from mgi.assessments.models import Assessment
from mgi.lib.i18n_text import pick
from mgi.lib.shared_reads import shared_read
from mgi.portal.national_findings import build_national_findings
from mgi.portal.profile_results import build_profile_results
from mgi.portal.wheel import build_wheel
from mgi.profiles.builder import build_profile_parts, framework_domains
from mgi.profiles.evidence import build_evidence
from mgi.profiles.payload import FINDING_KINDS


@shared_read(
    key=lambda place_code, round_year, revision=None: (place_code.upper(), round_year, revision)
)
def published_assessment(
    place_code: str, round_year: int, revision: int | None = None
) -> Assessment:
    """The newest published revision of a round (or the one asked for); drafts are never public."""
    revisions = Assessment.objects.select_related("place", "framework", "profile").filter(
        place__code=place_code.upper(),
        round_year=round_year,
        status=Assessment.Status.PUBLISHED,
        profile__isnull=False,
    )
    if revision is not None:
        revisions = revisions.filter(revision=revision)
    assessment = revisions.order_by("-revision").first()
    if assessment is None:
        raise Http404("No published profile for this place and round.")
    return assessment


def _profile_month(date_text: str) -> datetime.date | None:
    """ "2019-12" -> a date, so templates can print the month name in the reader's language."""
    try:
        year, month = (int(part) for part in date_text.split("-"))
    except ValueError:
        return None
    return datetime.date(year, month, 1)


def build_profile_page(assessment: Assessment, language: str) -> dict:
    page = build_profile_text(assessment, language)
    _attach_evidence(page["domains"], assessment, language)
    page["revisions"] = _revision_notes(assessment, language)
    page["results"] = build_profile_results(assessment, page["domains"], language)
    page["national_findings"] = build_national_findings(
        assessment, page["domains"], language, page["results"]["related"]
    )
    page["competences_paragraphs"] = [
        p for p in page["profile"].get("competences", "").split("\n\n") if p
    ]
    return page


def build_profile_text(assessment: Assessment, language: str) -> dict:
    """What the page and the printed report share: the profile's texts in the reader's language,
    each marked where it falls back to another, the domains in their colours and the wheel."""
    domains = framework_domains(assessment)
    profile, text_languages = build_profile_parts(assessment, language, domains=domains)
    colours = {domain.number: domain.colour for domain in domains}
    coloured_domains = [{**d, "colour": colours[d["number"]]} for d in profile["domains"]]
    for domain in coloured_domains:
        for kind in FINDING_KINDS:
            domain[kind] = [
                {
                    **f,
                    # Set only where the text falls back to another language than the page's.
                    "fallback_language": _fallback(
                        text_languages[domain["number"]][kind][i], language
                    ),
                }
                for i, f in enumerate(domain[kind])
            ]
    return {
        "profile": profile,
        "domains": coloured_domains,
        "introduction_paragraphs": [p for p in profile["introduction"].split("\n\n") if p],
        "title_fallback_language": _fallback(text_languages["title"], language),
        "introduction_fallback_language": _fallback(text_languages["introduction"], language),
        "assessment_id": assessment.pk,
        "revision": assessment.revision,
        "correction_note": assessment.correction_note,
        "month": _profile_month(profile["date"]),
        "framework_title": pick(assessment.framework.title, language),
        "wheel": build_wheel(coloured_domains),
    }


def _attach_evidence(domains: list[dict], assessment: Assessment, language: str) -> None:
    """Give each finding the evidence of the indicators it cites (the page shows it beneath)."""
    codes = {
        code
        for d in domains
        for kind in FINDING_KINDS
        for finding in d[kind]
        for code in finding["indicators"]
    }
    evidence = build_evidence(assessment, codes, language)
    for domain in domains:
        for kind in FINDING_KINDS:
            for finding in domain[kind]:
                finding["evidence"] = [evidence[c] for c in finding["indicators"] if c in evidence]


def _fallback(text_language: str, language: str) -> str | None:
    return None if text_language == language.split("-")[0] else text_language


def _revision_notes(assessment: Assessment, language: str) -> dict:
    """Other published revisions of the round, and what this one changed from the one before."""
    others = _other_revisions(assessment)
    previous = None
    if assessment.revision > 1:
        previous = (
            Assessment.objects.filter(
                place=assessment.place,
                round_year=assessment.round_year,
                status=Assessment.Status.PUBLISHED,
                revision__lt=assessment.revision,
            )
            .order_by("-revision")
            .first()
        )
    changes = compare_assessments(previous, assessment, language) if previous else None
    return {
        "current": assessment.revision,
        "others": others,
        "newest": not others or max(others) < assessment.revision,
        "note": assessment.correction_note,
        "previous": previous.revision if previous else None,
        "findings_added": changes["findings_added"] if changes else [],
        "findings_removed": changes["findings_removed"] if changes else [],
    }


@shared_read(key=lambda assessment: assessment.pk)
def _other_revisions(assessment: Assessment) -> list[int]:
    return list(
        Assessment.objects.filter(
            place=assessment.place_id,
            round_year=assessment.round_year,
            status=Assessment.Status.PUBLISHED,
        )
        .exclude(pk=assessment.pk)
        .order_by("revision")
        .values_list("revision", flat=True)
    )


def build_profile_list() -> dict:
    """Every published profile, newest revision per round, grouped by place."""
    assessments = (
        Assessment.objects.select_related("place", "profile")
        .filter(status=Assessment.Status.PUBLISHED, profile__isnull=False)
        .order_by("place__name", "-round_year", "-revision")
    )
    places: dict[str, dict] = {}
    for assessment in assessments:
        entry = places.setdefault(
            assessment.place.code,
            {
                "place": assessment.place.to_dict(),
                "url_code": assessment.place.url_code,
                "rounds": [],
            },
        )
        if any(r["round"] == assessment.round_year for r in entry["rounds"]):
            continue  # an older revision of a round already listed
        entry["rounds"].append(
            {
                "round": assessment.round_year,
                "date": assessment.profile.date,
                "month": _profile_month(assessment.profile.date),
                "title": pick(assessment.profile.title),
            }
        )
    return {"places": list(places.values())}
