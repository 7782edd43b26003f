"""Search published findings, answers, justifications and sources; one function for page and API."""

import math
from dataclasses import dataclass, field

from mgi.frameworks.models import Domain
from mgi.lib.i18n_text import pick
from mgi.search.backends import matching_ids, ranked_ids
from mgi.search.hits import SearchHit, describe_hits
from mgi.search.models import SearchEntry
from mgi.search.text import Snippet, query_terms, snippet

MAX_PAGE_SIZE = 100
# Beyond this many matches, ranking them all would cost more than a search may take: they come
# in index order, and only this many can be paged through (more words or filters narrow them).
RANKED_MATCHES = 1000
FINDING_TITLE_WORDS = 60


@dataclass(frozen=True)
class SearchFilters:
    q: str = ""
    domain: str = ""
    place: str = ""
    place_kind: str = ""
    round: int | None = None
    framework: str = ""
    language: str = ""
    # Only the page's form sets it, so that its pages keep the choice (the API names a language).
    all_languages: bool = False

    def active(self) -> dict:
        """The filters that are set, by name, values as the index holds them."""
        values = {
            "place": self.place.upper(),
            "place_kind": self.place_kind,
            "round": self.round,
            "framework": self.framework,
            "domain": self.domain,
            "language": self.language,
        }
        return {name: value for name, value in values.items() if value not in ("", None)}

    def as_query(self) -> dict:
        """The filters as URL query parameters, without the empty ones."""
        values = {
            "q": self.q,
            "domain": self.domain,
            "place": self.place,
            "place_kind": self.place_kind,
            "round": self.round,
            "framework": self.framework,
            "language": self.language,
            "all_languages": "on" if self.all_languages else "",
        }
        return {key: value for key, value in values.items() if value not in ("", None)}

    def narrowed(self) -> bool:
        """Whether a filter beyond the query and the language is set (the form shows them)."""
        return any((self.domain, self.place, self.place_kind, self.round, self.framework))


@dataclass
class SearchResults:
    filters: SearchFilters
    hits: list[SearchHit] = field(default_factory=list)
    count: int = 0
    # True when there are more than RANKED_MATCHES matches: `count` is then that many.
    more: bool = False
    page: int = 1
    page_size: int = 20

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.count / self.page_size))

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.page_size + 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def search(filters: SearchFilters, page: int = 1, page_size: int = 20) -> SearchResults:
    """Best matches first, then by id so pages are stable; in index order past RANKED_MATCHES.

    An empty query finds nothing.
    """
    page_size = max(1, min(page_size, MAX_PAGE_SIZE))
    page = max(1, page)
    results = SearchResults(filters=filters, page=page, page_size=page_size)
    terms = query_terms(filters.q)
    if not terms:
        return results
    found = matching_ids(terms, filters.active(), RANKED_MATCHES + 1)
    results.more = len(found) > RANKED_MATCHES
    results.count = min(len(found), RANKED_MATCHES)
    if page > results.pages:
        return results
    ordered = found[:RANKED_MATCHES] if results.more else ranked_ids(terms, filters.active())
    offset = (page - 1) * page_size
    page_ids = ordered[offset : offset + page_size]
    by_id = SearchEntry.objects.in_bulk(page_ids)
    entries = [by_id[entry_id] for entry_id in page_ids if entry_id in by_id]
    snippets = [_snippet(entry, terms) for entry in entries]
    results.hits = describe_hits(entries, snippets, _domain_names(entries))
    return results


def _snippet(entry: SearchEntry, terms: list) -> Snippet:
    if entry.kind == SearchEntry.Kind.FINDING:
        # A finding's text is its result's title: from its start, and most are shown whole.
        return snippet(entry.text, terms, FINDING_TITLE_WORDS, before=FINDING_TITLE_WORDS - 10)
    return snippet(entry.text, terms)


def _domain_names(entries: list[SearchEntry]) -> dict[tuple[str, str], str]:
    slugs = {entry.domain_slug for entry in entries if entry.domain_slug}
    frameworks = {entry.framework_code for entry in entries}
    if not slugs:
        return {}
    domains = Domain.objects.filter(slug__in=slugs, framework__code__in=frameworks).values_list(
        "framework__code", "slug", "name"
    )
    return {(code, slug): pick(name) for code, slug, name in domains}
