"""Data for the public pages, built as plain dicts; views only render them."""

import datetime

from django.http import Http404

from mgi.assessments.models import Assessment
from mgi.lib.i18n_text import pick
from mgi.portal.wheel import build_wheel
from mgi.profiles.builder import build_profile_data, framework_domains


def published_assessment(place_code: str, round_year: int) -> Assessment:
    """The newest published revision of a round; drafts are never public."""
    assessment = (
        Assessment.objects.select_related("place", "framework", "profile")
        .filter(
            place__code=place_code.upper(),
            round_year=round_year,
            status=Assessment.Status.PUBLISHED,
            profile__isnull=False,
        )
        .order_by("-revision")
        .first()
    )
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
    domains = framework_domains(assessment)
    profile = build_profile_data(assessment, language, domains=domains)
    colours = {domain.number: domain.colour for domain in domains}
    coloured_domains = [{**d, "colour": colours[d["number"]]} for d in profile["domains"]]
    return {
        "profile": profile,
        "domains": coloured_domains,
        "introduction_paragraphs": [p for p in profile["introduction"].split("\n\n") if p],
        "assessment_id": assessment.pk,
        "revision": assessment.revision,
        "month": _profile_month(profile["date"]),
        "framework_title": pick(assessment.framework.title, language),
        "wheel": build_wheel(coloured_domains),
    }


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
