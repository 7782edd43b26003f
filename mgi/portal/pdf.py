"""The profile report as PDF, rendered by WeasyPrint from the same data as the web page."""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

from mgi.assessments.models import Assessment
from mgi.portal.report import build_report_data

PRINT_CSS = Path(__file__).parent / "static" / "portal" / "report.css"


def report_html(assessment: Assessment, language: str) -> str:
    """The HTML the PDF is made from; tests read it too, as the PDF's source."""
    with translation.override(language):
        data = build_report_data(assessment, language)
        data["css"] = PRINT_CSS.read_text(encoding="utf-8")
        return render_to_string("portal/report.html", data)


def render_profile_pdf(assessment: Assessment, language: str) -> bytes:
    html = report_html(assessment, language)
    # No base URL: the report embeds its styles and the wheel, and fetches nothing.
    # Tagged PDF: screen readers get the headings, lists and tables, not a flat run of text.
    return HTML(string=html).write_pdf(pdf_tags=True)
