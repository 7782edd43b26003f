"""Refuse oversized requests from their headers, before a byte of the body is read."""

from django.conf import settings
from django.utils.translation import gettext as _

from mgi.operations.refusals import refusal


class RequestSizeLimitMiddleware:
    """A declared Content-Length above MAX_REQUEST_BYTES gets 413 at once.

    Bodies sent without a length (chunked) still meet Django's own limits on form data
    (DATA_UPLOAD_MAX_MEMORY_SIZE) and the importers' limits on file size.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return refusal(400, _("The request declares an invalid Content-Length."))
        if length > settings.MAX_REQUEST_BYTES:
            return refusal(
                413,
                _("The request is too large: at most %(size)s MB can be sent at once.")
                % {"size": f"{settings.MAX_REQUEST_BYTES / 2**20:g}"},
            )
        return self.get_response(request)
