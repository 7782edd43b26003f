"""Refuse oversized requests from their headers, before a byte of the body is read."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string


class RequestSizeLimitMiddleware:
    """A declared Content-Length above MAX_REQUEST_BYTES gets 413 at once.

    Bodies sent without a length (chunked) still meet Django's own limits on form data
    (DATA_UPLOAD_MAX_MEMORY_SIZE) and the importers' limits on file size.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(declared)
        except ValueError:
            return _refuse(request, 400, "The request declares an invalid Content-Length.")
        if length > settings.MAX_REQUEST_BYTES:
            limit_mb = settings.MAX_REQUEST_BYTES / 1_000_000
            return _refuse(
                request,
                413,
                f"The request is too large: at most {limit_mb:g} MB can be sent at once.",
            )
        return self.get_response(request)


def _refuse(request, status: int, message: str) -> HttpResponse:
    body = render_to_string("operations/refused.html", {"status": status, "message": message})
    response = HttpResponse(body, status=status)
    # The body was not read: the connection cannot carry another request after this answer.
    response["Connection"] = "close"
    return response
