"""Full-text search over published profiles: the same search as the /search/ page."""

from ninja import Query, Router

from mgi.api.paging import page_link
from mgi.api.responses import documented
from mgi.api.schemas import Paging, SearchFiltersIn, SearchPage
from mgi.search.query import SearchFilters, search

router = Router(tags=["search"])


@router.get("/search", response=documented(SearchPage))
def search_published(request, filters: Query[SearchFiltersIn], paging: Query[Paging]):
    """Findings, answers, justifications and sources of published profiles; best matches first.

    Every word must appear, whole; end a word with * to find every word that starts with it.
    Best matches first; past 1,000 matches, the first 1,000 in index order (`more` is true).
    Drafts are never searched, whoever asks.
    """
    results = search(
        SearchFilters(
            q=filters.q,
            domain=filters.domain or "",
            place=filters.place or "",
            place_kind=filters.place_kind or "",
            round=filters.round,
            framework=filters.framework or "",
            language=filters.language or "",
        ),
        page=paging.page,
        page_size=paging.page_size,
    )
    hits = [hit.to_dict() for hit in results.hits]
    for hit in hits:
        hit["url"] = request.build_absolute_uri(hit["url"])
    return {
        "count": results.count,
        "more": results.more,
        "page": results.page,
        "page_size": results.page_size,
        "pages": results.pages,
        "next": page_link(request, results.page + 1) if results.has_next else None,
        "previous": page_link(request, min(results.page - 1, results.pages))
        if results.has_previous
        else None,
        "items": hits,
    }
