"""Data of the home page: the six domains with their wheel, and the published profiles by region.

Three queries whatever the number of profiles: the framework, its domains, the profiles.
"""

from django.utils.translation import gettext

from mgi.frameworks.models import Framework
from mgi.lib.folding import fold
from mgi.lib.i18n_text import pick
from mgi.places.models import Place
from mgi.places.names import place_name
from mgi.places.regions import region_code, region_name, region_sort_key
from mgi.portal.profile_map import build_profiles_map
from mgi.portal.wheel import build_wheel
from mgi.profiles.public import published_profiles


def build_home_page(language: str) -> dict:
    domains = _framework_domains(language)
    return {
        "domains": domains,
        "wheel": build_wheel(domains),
        "regions": _profiles_by_region(language),
        "profiles_map": build_profiles_map(),
    }


def _framework_domains(language: str) -> list[dict]:
    """The domains of the newest national framework: the one every profile is read against."""
    framework = (
        Framework.objects.filter(kind=Framework.Kind.NATIONAL).order_by("-loaded_at").first()
    )
    if framework is None:
        return []
    return [
        {
            "number": domain.number,
            "slug": domain.slug,
            "name": pick(domain.name, language),
            "summary": pick(domain.summary, language),
            "colour": domain.colour,
        }
        for domain in framework.domains.order_by("number")
    ]


def _profiles_by_region(language: str) -> list[dict]:
    """Regions in M49 order, each with its national and its local profiles, newest round first."""
    assessments = (
        published_profiles().select_related("place__parent").order_by("place__code", "-round_year")
    )
    places: dict[str, dict] = {}
    for assessment in assessments:
        place = assessment.place
        entry = places.setdefault(place.code, _place_entry(place))
        entry["rounds"].append(
            {
                "round": assessment.round_year,
                "title": pick(assessment.profile.title, language),
                "date": assessment.profile.date,
                "month": assessment.profile.month,
            }
        )
    regions: dict[str, dict] = {}
    for entry in sorted(places.values(), key=lambda e: fold(e["label"])):
        code = region_code(entry["code"])
        region = regions.setdefault(
            code,
            {
                "code": code or "none",
                "name": region_name(code, language) or gettext("Other places"),
                "national": [],
                "local": [],
            },
        )
        region["local" if entry["kind"] == Place.Kind.LOCAL else "national"].append(entry)
    return [regions[code] for code in sorted(regions, key=region_sort_key)]


def _place_entry(place: Place) -> dict:
    country = place_name(place.parent) if place.kind == Place.Kind.LOCAL and place.parent else ""
    return {
        "code": place.code,
        "url_code": place.url_code,
        "name": place_name(place),
        "kind": place.kind,
        "country": country,
        "label": f"{place_name(place)} {country}",
        "rounds": [],
    }
