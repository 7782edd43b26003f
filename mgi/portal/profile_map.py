"""Maps of published profiles: the world map of the home page and the profile list, and the small
map of one country on its profile pages.

A country with a published national profile is shaded and links to its newest one; a local place
with a published profile and coordinates is a point linking to its newest one. The same places,
grouped by country, make the list that stands beside the map as its text equivalent.
The world map costs one query whatever the number of profiles; a profile's map none of its own.
"""

from django.urls import reverse
from django.utils.translation import gettext

from mgi.assessments.models import Assessment
from mgi.lib.folding import fold
from mgi.places.models import Place
from mgi.places.names import place_name
from mgi.places.world_map import MapMark, MapPoint, draw_world_map, has_outline
from mgi.portal.place_links import newest_per_place
from mgi.profiles.public import published_profiles

# The CSS classes portal/profile-map.css colours.
COUNTRY_CLASS = "map-has-profile"
CURRENT_CLASS = "map-current"
# The small map beside a profile is this wide on a wide screen (16rem in profile-map.css), wider
# on a phone; it sizes the points.
PLACE_MAP_WIDTH = 256


def build_profiles_map() -> dict:
    """The world map of every published profile, and the list of its places by country."""
    newest = _newest_by_place(published_profiles())
    countries: dict[str, dict] = {}
    for place, assessment in newest.values():
        country = place.parent if place.kind == Place.Kind.LOCAL else place
        if country is None:
            continue
        entry = countries.setdefault(country.code, _country_entry(country))
        if place.kind == Place.Kind.LOCAL:
            entry["locals"].append(_place_entry(place, assessment, country))
        else:
            entry.update(_place_entry(place, assessment))
    groups = sorted(countries.values(), key=lambda e: fold(e["name"]))
    for group in groups:
        group["locals"].sort(key=lambda e: fold(e["name"]))
    world_map = draw_world_map(
        countries=[
            MapMark(g["code"], g["label"], g["url"], COUNTRY_CLASS) for g in groups if g["url"]
        ],
        points=[_point(local) for g in groups for local in g["locals"] if local["has_point"]],
    )
    return {"map": world_map, "countries": groups}


def build_place_map(place: Place, related: list[Assessment]) -> dict | None:
    """A country's map zoomed to it, with its local places that have a published profile; on a
    local profile, its country's map with the place itself picked out. `related` comes from
    related_profiles(place), which the profile page reads anyway: no query of its own. None for
    a country the map has no outline of."""
    country = place.parent if place.kind == Place.Kind.LOCAL else place
    if country is None or not has_outline(country.code):
        return None
    locals_ = sorted(
        (
            _place_entry(assessment.place, assessment, country)
            for assessment in newest_per_place(
                a for a in related if a.place.parent_id == country.pk
            )
        ),
        key=lambda e: fold(e["name"]),
    )
    points = [
        _point(local, CURRENT_CLASS if local["code"] == place.code else "")
        for local in locals_
        if local["has_point"]
    ]
    world_map = draw_world_map(
        countries=[MapMark(country.code, place_name(country), None, CURRENT_CLASS)],
        points=points,
        focus=country.code,
        display_width=PLACE_MAP_WIDTH,
    )
    return {"map": world_map, "country": place_name(country), "locals": locals_}


def _newest_by_place(assessments) -> dict[int, tuple[Place, Assessment]]:
    """Each place's newest published round."""
    rows = assessments.select_related("place__parent").order_by("place_id", "-round_year")
    newest: dict[int, tuple[Place, Assessment]] = {}
    for assessment in rows:
        newest.setdefault(assessment.place_id, (assessment.place, assessment))
    return newest


def _country_entry(country: Place) -> dict:
    """A country with no national profile of its own is listed (unlinked) for its local ones."""
    name = place_name(country)
    return {
        "code": country.code,
        "name": name,
        "label": name,
        "url": None,
        "round": None,
        "locals": [],
    }


def _place_entry(place: Place, assessment: Assessment, country: Place | None = None) -> dict:
    """`country` is the local place's parent when the caller has it (related profiles do not
    carry it)."""
    name = place_name(place)
    country = country or (place.parent if place.kind == Place.Kind.LOCAL else None)
    if country is not None:
        named = gettext("%(place)s, %(country)s") % {"place": name, "country": place_name(country)}
    else:
        named = name
    return {
        "code": place.code,
        "name": name,
        "round": assessment.round_year,
        "url": reverse("profile", args=[place.url_code, assessment.round_year]),
        # The accessible name of the link on the map: where it leads, and which round.
        "label": gettext("%(place)s: %(round)s profile")
        % {"place": named, "round": assessment.round_year},
        "has_point": place.latitude is not None and place.longitude is not None,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def _point(entry: dict, css_class: str = "") -> MapPoint:
    return MapPoint(entry["latitude"], entry["longitude"], entry["label"], entry["url"], css_class)
