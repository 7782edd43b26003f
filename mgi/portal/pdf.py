"""The profile report as PDF, rendered by WeasyPrint from the same data as the web page."""

import hashlib
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from mgi.assessments.models import Assessment
from mgi.portal.report import build_report_data

PRINT_CSS = Path(__file__).parent / "static" / "portal" / "report.css"


def report_html(assessment: Assessment, language: str) -> str:
    """The HTML the PDF is made from, its print stylesheet embedded; tests read it too, as the
    PDF's source."""
    with translation.override(language):
        data = build_report_data(assessment, language)
        data["css"] = PRINT_CSS.read_text(encoding="utf-8")
        return render_to_string("portal/report.html", data)


def pdf_identifier(assessment: Assessment, language: str) -> bytes:
    """The PDF's permanent file identifier: the same for every rendering of one revision in one
    language, so that rebuilding a published profile gives the same bytes."""
    name = f"{assessment.place.code}/{assessment.round_year}/{assessment.revision}/{language}"
    return hashlib.sha256(name.encode()).hexdigest()[:32].encode()


def render_profile_pdf(assessment: Assessment, language: str) -> bytes:
    # Imported on first use: WeasyPrint loads Pango and fontconfig, which the processes that
    # never make a PDF (most of them) have no need for.
    from weasyprint import HTML

    # No base URL: the report embeds its styles and the wheel, and fetches nothing.
    # Tagged PDF: screen readers get the headings, lists and tables, not a flat run of text.
    # WeasyPrint takes the document language (/Lang) from <html lang>, and the title, author,
    # subject and creation date from the head's <title> and <meta>: the date is the profile's
    # own, never the clock, so that the bytes depend on the profile alone, as does the /ID.
    return HTML(string=report_html(assessment, language)).write_pdf(
        pdf_identifier=pdf_identifier(assessment, language), pdf_tags=True
    )
