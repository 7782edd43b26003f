"""What the search filters offer: the domains, places, rounds and frameworks of published profiles.

The lists grow with the portal (an option per published place), yet they change only when
something is published, so each server process keeps them per public version and language,
like the rendered listing pages (see operations/public_cache.py). They are kept as objects
(lru_cache), not in Django's cache, which would pickle and unpickle them on every search.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.utils.translation import get_language

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Domain, Framework
from mgi.lib.i18n_text import pick
from mgi.operations.page_versions import listing_version
from mgi.places.names import place_name


@dataclass(frozen=True)
class SearchChoices:
    domains: tuple[tuple[str, str], ...]
    places: tuple[tuple[str, str], ...]  # (code, name in the active language), by name
    rounds: tuple[int, ...]
    frameworks: tuple[tuple[str, str], ...]
    place_codes: frozenset[str]


def search_choices() -> SearchChoices:
    """The choices in the active language, from the server's cache when the portal has them."""
    if not settings.PUBLIC_PAGE_CACHE:
        return _read_choices()
    language = get_language() or settings.LANGUAGE_CODE
    # The version's tag already names the language and the code version.
    return choices_of_version(listing_version(language=language).etag)


# One per language, with room for a version that readers still ask for while the next one fills.
@lru_cache(maxsize=8)
def choices_of_version(etag: str) -> SearchChoices:
    """The choices of one public version in the active language, which the tag names."""
    return _read_choices()


def _read_choices() -> SearchChoices:
    # Plain rows, not model instances: there is one per published profile of the portal.
    published = list(
        Assessment.objects.newest_revisions().values_list(
            "place__code", "place__name", "place__kind", "framework_id", "round_year"
        )
    )
    names = {
        code: place_name({"code": code, "name": name, "kind": kind})
        for code, name, kind, _framework, _round in published
    }
    framework_ids = {framework for *_place, framework, _round in published}
    frameworks = Framework.objects.filter(pk__in=framework_ids).order_by("code")
    domains = Domain.objects.filter(framework_id__in=framework_ids).order_by("number")
    return SearchChoices(
        domains=tuple({d.slug: pick(d.name) for d in domains}.items()),
        places=tuple(sorted(names.items(), key=lambda item: item[1].casefold())),
        rounds=tuple(sorted({year for *_rest, year in published}, reverse=True)),
        frameworks=tuple((f.code, f.display_title) for f in frameworks),
        place_codes=frozenset(names),
    )
