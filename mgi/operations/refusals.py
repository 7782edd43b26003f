"""A plain page for requests refused before any view runs; it reads nothing from the database,
which may be the very thing that failed."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _


def refusal(
    status: int, message: str, back_to: str | None = None, back_label: str | None = None
) -> HttpResponse:
    """`back_to`: the page the reader was reading, if not the published profiles (`back_label`
    names it)."""
    body = render_to_string(
        "operations/refused.html",
        {
            "status": status,
            "message": message,
            # Refused before the reader's language is known, the page is in English.
            "language": get_language() or "en",
            "back_to": back_to or reverse("home"),
            "back_label": back_label or _("Back to the published profiles"),
        },
    )
    return HttpResponse(body, status=status)
