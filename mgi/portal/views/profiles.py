"""Public profile pages: the HTML page and its JSON sibling render one dict."""

import csv
import math

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from mgi.lib.json_response import json_response
from mgi.lib.spreadsheet_text import neutralised_row
from mgi.operations.public_cache import cached_listing, cached_profile
from mgi.operations.refusals import refusal
from mgi.portal.pages import build_profile_list, build_profile_page
from mgi.portal.pdf_batch import pdfs_waiting
from mgi.portal.pdf_cache import printed_pdf
from mgi.portal.tasks import request_profile_pdfs
from mgi.profiles.builder import build_profile_data
from mgi.profiles.payload import FINDING_KINDS
from mgi.profiles.public import published_assessment


@cached_profile(reader_specific=True)
def profile_page(request, place: str, round_year: int, revision: int | None = None):
    assessment = published_assessment(place, round_year, revision)
    page = build_profile_page(assessment, get_language())
    return render(request, "portal/profile.html", page)


@cached_profile()
def profile_json(request, place: str, round_year: int):
    assessment = published_assessment(place, round_year)
    payload = build_profile_data(assessment, get_language())
    return json_response(payload)


CSV_COLUMNS = [
    "place",
    "round",
    "language",
    "domain",
    "domain_name",
    "kind",
    "order",
    "text",
    "indicators",
]


@cached_profile()
def profile_csv(request, place: str, round_year: int):
    """One row per finding, from the same dict as the page and profile.json."""
    assessment = published_assessment(place, round_year)
    payload = build_profile_data(assessment, get_language())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"mgi-profile-{assessment.place.url_code}-{round_year}-{payload['language']}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for domain in payload["domains"]:
        for kind in FINDING_KINDS:
            for order, finding in enumerate(domain[kind], start=1):
                writer.writerow(
                    neutralised_row(
                        [
                            payload["place"]["code"],
                            payload["round"],
                            payload["language"],
                            domain["number"],
                            domain["name"],
                            kind,
                            order,
                            finding["text"],
                            " ".join(finding["indicators"]),
                        ]
                    )
                )
    return response


# What one PDF takes the worker, rounded up: the wait a reader is told of.
SECONDS_PER_PDF = 1


@cached_profile(keep_body=False)
def profile_pdf(request, place: str, round_year: int):
    """The PDF the worker printed after publication; a request only reads it."""
    assessment = published_assessment(place, round_year)
    language = get_language()
    path = printed_pdf(assessment, language)
    try:
        pdf = path.read_bytes() if path else None
    except FileNotFoundError:  # replaced by a new print since it was found
        pdf = None
    if pdf is None:
        return _not_printed_yet(reverse("profile", args=[place, round_year]))
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"mgi-profile-{assessment.place.url_code}-{round_year}-{language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _not_printed_yet(profile_page: str) -> HttpResponse:
    """503 with the wait: the worker prints the PDFs in the order they were published."""
    request_profile_pdfs()  # in case no run is queued, as after the cache was cleared
    minutes = max(1, math.ceil(pdfs_waiting() * SECONDS_PER_PDF / 60))
    message = ngettext(
        "The PDF of this profile is being printed. It will be ready in about %(minutes)d "
        "minute: please try again then.",
        "The PDF of this profile is being printed. It will be ready in about %(minutes)d "
        "minutes: please try again then.",
        minutes,
    ) % {"minutes": minutes}
    response = refusal(503, message, profile_page, _("Back to the profile"))
    response["Retry-After"] = str(min(minutes, 5) * 60)
    response["Cache-Control"] = "no-store"
    return response


@cached_listing(reader_specific=True)
def profile_list(request):
    return render(request, "portal/profile_list.html", build_profile_list())
