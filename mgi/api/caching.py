"""HTTP caching of published data: ETag and Last-Modified, and 304 for conditional GETs.

Published profiles never change (a correction is a new revision), so everything a public reader
sees changes only with the stamp of public data (mgi/operations/public_changes.py), which pages
and downloads are named by too. It validates every public response, and a 304 costs reading the
stamp instead of building the answer. Responses that include a caller's drafts are validated by a
hash of their body instead, and are never stored by shared caches.
"""

import hashlib
from datetime import datetime
from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_etags, parse_http_date_safe, quote_etag

from mgi.operations.code_version import code_version
from mgi.operations.public_changes import public_stamp

PUBLIC_MAX_AGE = 300


def _etag(*parts: str) -> str:
    return quote_etag(hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32])


def is_not_modified(request: HttpRequest, etag: str, last_modified: datetime | None) -> bool:
    """RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = parse_etags(if_none_match)
        # GET compares weakly: W/"x" matches "x".
        return "*" in tags or etag in tags or f"W/{etag}" in tags
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    if since is None or last_modified is None:
        return False
    return int(last_modified.timestamp()) <= since


def not_modified(etag: str, last_modified: datetime | None) -> HttpResponse:
    response = HttpResponseNotModified()
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def is_personal(request: HttpRequest) -> bool:
    return "Authorization" in request.headers


def public_validators(request: HttpRequest) -> tuple[str, datetime | None]:
    stamp = public_stamp()
    return _etag(stamp.key, code_version(), request.get_full_path()), stamp.last_modified


def answer_not_modified(view_func):
    """API operations, after their parameters are validated: 304 before any work is done."""

    @wraps(view_func)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if request.method in ("GET", "HEAD") and not is_personal(request):
            etag, last_modified = public_validators(request)
            request.public_validators = (etag, last_modified)
            if is_not_modified(request, etag, last_modified):
                return not_modified(etag, last_modified)
        return view_func(request, *args, **kwargs)

    return wrapper


def add_validators(view):
    """API responses: the validators on a public 200, and the body's hash on a personal one."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if is_personal(request):
            return _personal(view, request, *args, **kwargs)
        response = view(request, *args, **kwargs)
        validators = getattr(request, "public_validators", None)
        if response.status_code == 200 and validators is not None:
            _set_public_headers(response, *validators)
        _vary_on_token(response)
        return response

    return wrapper


def conditional(view):
    """Both of the above for a plain Django view that takes no parameters to validate."""
    return add_validators(answer_not_modified(view))


def _set_public_headers(response, etag: str, last_modified: datetime | None) -> None:
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}"


def _personal(view, request, *args, **kwargs):
    response = view(request, *args, **kwargs)
    if response.status_code == 200 and not response.streaming:
        etag = _etag(hashlib.sha256(response.content).hexdigest())
        if is_not_modified(request, etag, None):
            response = not_modified(etag, None)
        else:
            response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"
    _vary_on_token(response)
    return response


def _vary_on_token(response: HttpResponse) -> None:
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    if "Authorization" not in vary:
        response["Vary"] = ", ".join([*vary, "Authorization"])
