"""Data for the public pages, built as plain dicts; views only render them."""

from mgi.assessments.models import Assessment
from mgi.lib.i18n_text import pick
from mgi.lib.shared_reads import shared_read
from mgi.portal.national_findings import build_national_findings
from mgi.portal.place_links import related_profiles
from mgi.portal.profile_map import build_place_map, build_profiles_map
from mgi.portal.profile_results import build_profile_results
from mgi.portal.wheel import build_wheel
from mgi.profiles.anchors import finding_anchor
from mgi.profiles.builder import build_profile_parts, framework_domains
from mgi.profiles.diff import compare_assessments
from mgi.profiles.evidence import build_evidence
from mgi.profiles.payload import FINDING_KINDS
from mgi.profiles.public import other_published_revisions, published_profiles

# The language researchers write answers' justifications and sources in.
ANSWERS_LANGUAGE = "en"


def build_profile_page(assessment: Assessment, language: str) -> dict:
    page = build_profile_text(assessment, language)
    _attach_evidence(page["domains"], assessment, language)
    page["revisions"] = _revision_notes(assessment, language)
    related = related_profiles(assessment.place)
    page["results"] = build_profile_results(assessment, page["domains"], language, related)
    page["place_map"] = build_place_map(assessment.place, related)
    page["national_findings"] = build_national_findings(
        assessment, page["domains"], language, related
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
                    "anchor": finding_anchor(domain["slug"], kind, i + 1),
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
        "month": assessment.profile.month,
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
    # Justifications and sources are written once, in the assessment's working language.
    written_in = _fallback(ANSWERS_LANGUAGE, language)
    for item in evidence.values():
        item["text_language"] = written_in
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
            other_published_revisions(assessment)
            .filter(revision__lt=assessment.revision)
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
    return list(other_published_revisions(assessment).values_list("revision", flat=True))


def build_profile_list() -> dict:
    """Every published profile, newest revision per round, grouped by place."""
    assessments = published_profiles().order_by("place__name", "-round_year")
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
        entry["rounds"].append(
            {
                "round": assessment.round_year,
                "date": assessment.profile.date,
                "month": assessment.profile.month,
                "title": pick(assessment.profile.title),
            }
        )
    return {"places": list(places.values()), "profiles_map": build_profiles_map()}
