"""The responses every read operation documents: its result, 304, and the JSON errors."""

from mgi.api.schemas import ErrorOut, ValidationErrorOut


def documented(ok) -> dict:
    return {
        200: ok,
        304: None,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ValidationErrorOut,
    }
