"""A plain page for requests refused before any view runs; it reads nothing from the database,
which may be the very thing that failed."""

from django.http import HttpResponse
from django.template.loader import render_to_string


def refusal(status: int, message: str) -> HttpResponse:
    body = render_to_string("operations/refused.html", {"status": status, "message": message})
    return HttpResponse(body, status=status)
