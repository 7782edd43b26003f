"""The local <-> national reading of a profile page.

A local profile shows, beside its own findings, what its country's newest published profile
found in each domain; a national profile lists the published profiles of its local places.
Only published profiles are read, the newest revision of the newest round of each place:
drafts never show here.
"""

from django.urls import reverse

from mgi.assessments.models import Assessment
from mgi.places.models import Place
from mgi.places.names import place_name
from mgi.portal.place_links import newest_per_place, related_profiles
from mgi.profiles.builder import build_profile_data
from mgi.profiles.payload import FINDING_KINDS


def _profile_url(assessment: Assessment) -> str:
    return reverse("profile", args=[assessment.place.url_code, assessment.round_year])


def national_profile_of(place: Place, related: list[Assessment]) -> Assessment | None:
    """The country's newest published round (its newest revision), for a local place."""
    newest = newest_per_place(a for a in related if a.place_id == place.parent_id)
    return newest[0] if newest and place.parent_id else None


def local_profiles_of(place: Place, related: list[Assessment]) -> list[Assessment]:
    """The newest published round of each local place of a country, by the places' names."""
    return newest_per_place(
        a for a in related if a.place.parent_id == place.pk and a.place.kind == Place.Kind.LOCAL
    )


def build_national_findings(
    assessment: Assessment, domains: list[dict], language: str, related: list | None = None
) -> dict:
    """For a local profile, its country's findings per domain of the page (matched by number);
    for a national one, its local profiles. Empty parts where there is nothing to show.

    `related` is related_profiles(place), when the page has read it already."""
    place = assessment.place
    related = related_profiles(place) if related is None else related
    if place.kind == Place.Kind.LOCAL:
        national = national_profile_of(place, related)
        if national is None:
            return {"kind": "local", "country": place_name(place.parent, language)}
        data = build_profile_data(national, language)
        by_number = {d["number"]: d for d in data["domains"]}
        url = _profile_url(national)
        rows = []
        for domain in domains:
            found = by_number.get(domain["number"])
            rows.append(
                {
                    "number": domain["number"],
                    "name": domain["name"],
                    "national_name": found["name"] if found else "",
                    "href": f"{url}#domain-{found['slug']}" if found else "",
                    **{kind: found[kind] if found else [] for kind in FINDING_KINDS},
                }
            )
        return {
            "kind": "local",
            "country": place_name(national.place, language),
            "round": national.round_year,
            "url": url,
            "rows": rows,
        }
    locals_ = local_profiles_of(place, related)
    return {
        "kind": "national",
        "country": place_name(place, language),
        "profiles": [
            {
                "place": place_name(local.place, language),
                "local_kind": local.place.get_local_kind_display()
                if local.place.local_kind
                else "",
                "round": local.round_year,
                "url": _profile_url(local),
            }
            for local in locals_
        ],
    }
