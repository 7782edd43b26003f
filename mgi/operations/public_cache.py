"""Published content never changes, so public pages are validated (ETag, Last-Modified, 304),
kept by browsers and proxies for a few minutes, and kept rendered by the server.

The rendered body is cached under the page's version (see page_versions.py) and is never
invalidated: a change of content gives the next request another version, hence another key.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from mgi.operations.page_versions import PageVersion, listing_version, profile_version

PUBLIC_MAX_AGE = 300
STALE_WHILE_REVALIDATE = 3600
CACHE_ALIAS = "public_pages"
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language")


def is_anonymous_reader(request) -> bool:
    """Without a session or pending messages, every reader is shown the very same page."""
    return not {settings.SESSION_COOKIE_NAME, "messages"} & request.COOKIES.keys()


def cached_public(version_of, *, reader_specific: bool = False, keep_body: bool = True):
    """Decorate a public view; `version_of(**url_arguments, language=...)` names its content.

    `reader_specific`: the page shows who is signed in, so only anonymous readers share it.
    `keep_body`: keep the rendered body in the server's cache (not for large files like PDFs,
    which have their own cache on disk).
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request, **arguments):
            if request.method not in ("GET", "HEAD") or (
                reader_specific and not is_anonymous_reader(request)
            ):
                response = view(request, **arguments)
                patch_cache_control(response, private=True, no_cache=True)
                return response
            version = version_of(**arguments, language=get_language())
            if version is None:
                return view(request, **arguments)
            last_modified = (
                int(version.last_modified.timestamp()) if version.last_modified else None
            )
            response = get_conditional_response(
                request, etag=version.etag, last_modified=last_modified
            )
            if response is None:
                response = _render(view, request, arguments, version, keep_body)
            if response.status_code in (200, 304):
                response["ETag"] = version.etag
                if last_modified:
                    response["Last-Modified"] = http_date(last_modified)
                patch_cache_control(
                    response,
                    public=True,
                    max_age=PUBLIC_MAX_AGE,
                    stale_while_revalidate=STALE_WHILE_REVALIDATE,
                )
            if reader_specific:
                # The page differs for signed-in readers, who carry a session cookie.
                patch_vary_headers(response, ["Cookie"])
            return response

        return wrapper

    return decorate


def cached_profile(**options):
    """For the views of one published profile: (place, round_year[, revision])."""
    return cached_public(profile_version, **options)


def cached_listing(**options):
    """For pages listing published profiles, which change only with the public version."""
    return cached_public(listing_version, **options)


def _render(view, request, arguments: dict, version: PageVersion, keep_body: bool):
    if not (keep_body and settings.PUBLIC_PAGE_CACHE):
        return view(request, **arguments)
    cache = caches[CACHE_ALIAS]
    key = f"page:{version.etag}:{request.path}"
    stored = cache.get(key)
    if stored is not None:
        content, headers = stored
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        return response
    response = view(request, **arguments)
    if response.status_code == 200 and not response.streaming and not response.cookies:
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        cache.set(key, (response.content, headers), timeout=None)
    return response
