"""Which addresses the static site holds, in parts that are rebuilt together.

One part per place (all its rounds, revisions and languages), and one for the index pages, which
list every profile and so change whenever any part does.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from mgi.exports.site.fingerprints import digest, place_fingerprints, published_rows
from mgi.operations.code_version import code_version
from mgi.operations.public_changes import public_stamp

# Pages of the whole site, by URL name; a new public page that takes no argument joins here.
SITE_PAGES = ("home", "profile-list", "sdg-10-7-2")
INDEX_KEY = "index"


@dataclass(frozen=True)
class SitePart:
    key: str  # "index", or "place:PER"
    urls: tuple[str, ...]
    fingerprint: str


def plan_site(include_pdf: bool = True) -> list[SitePart]:
    options = {"pdf": include_pdf}
    rows = published_rows()
    fingerprints = place_fingerprints(rows, options)
    by_place: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_place[row["place__code"]].append(row)
    urls: dict[str, list[str]] = defaultdict(list)
    # Languages outermost: the active language changes once per language, not once per place.
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            urls[INDEX_KEY] += [reverse(name) for name in SITE_PAGES]
            for code, own in by_place.items():
                urls[code] += _place_urls(own, include_pdf)
    parts = [
        SitePart(f"place:{code}", tuple(urls[code]), fingerprints[code])
        for code in sorted(by_place)
    ]
    # The index pages list every profile: like the served listings, they follow the stamp.
    index = digest(
        {"code": code_version(), "stamp": public_stamp().key, "options": options, "parts": parts}
    )
    return [SitePart(INDEX_KEY, tuple(urls[INDEX_KEY]), index), *parts]


def _place_urls(rows: list[dict], include_pdf: bool) -> list[str]:
    """A place's addresses in the active language; `rows` are its published assessments,
    oldest round and revision first."""
    newest = {row["round_year"]: row for row in rows}
    older = [row for row in rows if row is not newest[row["round_year"]]]
    names = ["profile", "profile-json", "profile-csv"] + (["profile-pdf"] if include_pdf else [])
    found = []
    for row in newest.values():
        code = row["place__code"].lower()
        found += [reverse(name, args=[code, row["round_year"]]) for name in names]
    for row in older:
        args = [row["place__code"].lower(), row["round_year"], row["revision"]]
        found.append(reverse("profile-revision", args=args))
    return found
