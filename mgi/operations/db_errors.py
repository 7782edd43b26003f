"""A full disk or a read-only database is the operator's problem, not a bug: say so plainly
with 503 (try again later) instead of a 500 page."""

import logging
import sys

from django.db import DatabaseError
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views import defaults

from mgi.operations.refusals import refusal

logger = logging.getLogger("mgi.operations")

# SQLite says it in words; PostgreSQL with error codes: 53100 disk full, 25006 read-only
# transaction (a replica, or a server kept read-only by its operator).
SQLITE_MESSAGES = (
    "disk i/o error",
    "database or disk is full",
    "readonly database",
    "unable to open database file",
)
POSTGRESQL_STATES = ("53100", "25006")
MESSAGE = _(
    "The platform cannot save anything at the moment: its storage is full or read-only. "
    "Nothing was changed. The failure is logged for the administrators; please try again later."
)


def is_storage_failure(error: BaseException | None) -> bool:
    if not isinstance(error, DatabaseError):
        return False
    cause = error.__cause__ or error
    state = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    if state:
        return state in POSTGRESQL_STATES
    text = str(error).lower()
    return any(message in text for message in SQLITE_MESSAGES)


def storage_failure_response() -> HttpResponse:
    response = refusal(503, MESSAGE)
    response["Retry-After"] = "300"
    response["Cache-Control"] = "no-store"
    return response


class StorageFailureMiddleware:
    """Turns storage failures raised by views into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_storage_failure(exception):
            logger.error("storage failure on %s %s: %s", request.method, request.path, exception)
            return storage_failure_response()
        return None


def server_error(request, *args, **kwargs):
    """handler500: failures outside views (a session saved after the page) end here."""
    if is_storage_failure(sys.exc_info()[1]):
        return storage_failure_response()
    return defaults.server_error(request, *args, **kwargs)
