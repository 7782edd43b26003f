"""Public profile pages: the HTML page and its JSON sibling render one dict."""

import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from mgi.lib.json_response import json_response
from mgi.lib.spreadsheet_text import neutralised_row
from mgi.operations.public_cache import cached_listing, cached_profile
from mgi.portal.pages import build_profile_list, build_profile_page
from mgi.portal.pdf_cache import published_pdf
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


@cached_profile(keep_body=False)
def profile_pdf(request, place: str, round_year: int):
    assessment = published_assessment(place, round_year)
    language = get_language()
    response = HttpResponse(published_pdf(assessment, language), content_type="application/pdf")
    filename = f"mgi-profile-{assessment.place.url_code}-{round_year}-{language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@cached_listing(reader_specific=True)
def profile_list(request):
    return render(request, "portal/profile_list.html", build_profile_list())
