"""Every error the API gives is JSON with a `detail` that says what went wrong."""

import logging

from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.utils.translation import gettext as _
from ninja.errors import HttpError, ValidationError

logger = logging.getLogger(__name__)


def install_error_handlers(api) -> None:
    @api.exception_handler(Http404)
    def not_found(request, exc):
        message = str(exc) if exc.args else ""
        return api.create_response(
            request, {"detail": message or _("Nothing here: check the address.")}, status=404
        )

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)

    @api.exception_handler(ValidationError)
    def invalid(request, exc):
        return api.create_response(request, {"detail": exc.errors}, status=422)

    @api.exception_handler(SuspiciousOperation)
    def refused_request(request, exc):
        # Too many query parameters, a malformed body: Django's 400, in JSON.
        return api.create_response(
            request, {"detail": _("The request is malformed or too large.")}, status=400
        )

    @api.exception_handler(Exception)
    def server_error(request, exc):
        logger.exception("API error on %s", request.get_full_path())
        return api.create_response(
            request,
            {"detail": _("Something went wrong on our side; please try again.")},
            status=500,
        )


def json_method_errors(view):
    """Wrap a URL's view so that a method it does not allow is refused in JSON too (405)."""

    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            allowed = response["Allow"]
            response = JsonResponse(
                {"detail": _("This address answers %(methods)s only.") % {"methods": allowed}},
                status=405,
            )
            response["Allow"] = allowed
        return response

    for attribute in ("csrf_exempt",):
        if hasattr(view, attribute):
            setattr(wrapper, attribute, getattr(view, attribute))
    return wrapper


def not_found_view(request, *args, **kwargs):
    return JsonResponse(
        {"detail": _("No API endpoint at this address; see /api/v1/docs.")}, status=404
    )
