"""What changed in a place between two rounds: answers with both justifications, and findings.

The public view compares published rounds only (the workspace uses mgi.profiles.changes between a
draft and the place's last published round).
"""

from django.http import Http404

from mgi.profiles.changes import build_changes
from mgi.profiles.public import published_profiles


def build_round_changes(place_code: str, from_year, to_year, language: str) -> dict:
    """Between two published rounds of a place (by default its two newest). Anything that is
    not a published round, drafts included, is a 404."""
    rounds = list(
        published_profiles().filter(place__code=place_code.upper()).order_by("round_year")
    )
    if not rounds:
        raise Http404("No published profile for this place.")
    by_year = {a.round_year: a for a in rounds}
    place = rounds[0].place
    page = {
        "place": place.to_dict(),
        "url_code": place.url_code,
        "rounds": [a.round_year for a in rounds],
        "changes": None,
    }
    if from_year is None and to_year is None:
        if len(rounds) < 2:
            return page
        from_year, to_year = rounds[-2].round_year, rounds[-1].round_year
    old, new = by_year.get(_year(from_year)), by_year.get(_year(to_year))
    if old is None or new is None:
        raise Http404("Both rounds must be published profiles of this place.")
    if old.round_year != new.round_year:
        page["changes"] = build_changes(old, new, language)
    return page


def _year(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
