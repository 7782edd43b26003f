"""Page-number pagination over a stably ordered queryset, with links to the next and previous."""

import math
from collections.abc import Callable

from django.http import HttpRequest

from mgi.api.schemas import Paging


def page_link(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginate(request: HttpRequest, items, paging: Paging, render: Callable) -> dict:
    """One page; `items` must be ordered down to a unique key, or pages would overlap."""
    count = items.count() if hasattr(items, "count") and not isinstance(items, list) else len(items)
    pages = max(1, math.ceil(count / paging.page_size))
    start = (paging.page - 1) * paging.page_size
    return {
        "count": count,
        "page": paging.page,
        "page_size": paging.page_size,
        "pages": pages,
        "next": page_link(request, paging.page + 1) if paging.page < pages else None,
        "previous": page_link(request, min(paging.page - 1, pages)) if paging.page > 1 else None,
        "items": [render(item) for item in items[start : start + paging.page_size]],
    }
