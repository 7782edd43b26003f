"""The profile report as PDF, rendered by WeasyPrint from the same data as the web page."""

import hashlib
import re
import threading
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from mgi.assessments.models import Assessment
from mgi.lib.collector import collector_paused
from mgi.portal.report import build_report_data

PRINT_CSS = Path(__file__).parent / "static" / "portal" / "report.css"
EMBEDDED_STYLE = re.compile(r"<style>.*?</style>", re.S)


def report_html(assessment: Assessment, language: str) -> str:
    """The HTML the PDF is made from; tests read it too, as the PDF's source."""
    with translation.override(language):
        data = build_report_data(assessment, language)
        data["css"] = PRINT_CSS.read_text(encoding="utf-8")
        return render_to_string("portal/report.html", data)


def pdf_identifier(assessment: Assessment, language: str) -> bytes:
    """The PDF's file identifier: the same for every rendering of one revision in one language,
    so that rebuilding a published profile gives the same bytes."""
    name = f"{assessment.place.code}/{assessment.round_year}/{assessment.revision}/{language}"
    return hashlib.sha256(name.encode()).hexdigest()[:32].encode()


class _Renderer(threading.local):
    """WeasyPrint's font set-up and the parsed print styles, kept between renderings.

    One per thread: WeasyPrint's objects are not made to be shared between threads.
    """

    def __init__(self):
        self.fonts = FontConfiguration()
        self.css_text = None
        self.stylesheet = None

    def styles(self) -> CSS:
        text = PRINT_CSS.read_text(encoding="utf-8")
        if text != self.css_text:  # edited while a development server runs
            self.css_text = text
            self.stylesheet = CSS(string=text, font_config=self.fonts)
        return self.stylesheet


_renderer = _Renderer()


def render_profile_pdf(assessment: Assessment, language: str) -> bytes:
    html = report_html(assessment, language)
    # The embedded <style> is the print stylesheet itself: it is given already parsed instead.
    # No base URL: the report embeds its styles and the wheel, and fetches nothing.
    # Tagged PDF: screen readers get the headings, lists and tables, not a flat run of text.
    # The document language (/Lang) comes from <html lang>; the creation date from the
    # profile's own date, never the clock, so the bytes depend on the profile alone.
    with collector_paused():
        return HTML(string=EMBEDDED_STYLE.sub("", html, count=1)).write_pdf(
            stylesheets=[_renderer.styles()],
            font_config=_renderer.fonts,
            pdf_tags=True,
            pdf_identifier=pdf_identifier(assessment, language),
        )
