"""The profile report as PDF, rendered by WeasyPrint from the same data as the web page."""

import hashlib
import re
import threading
import zlib
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

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
    """The PDF's permanent file identifier: the same for every rendering of one revision in one
    language, so that rebuilding a published profile gives the same bytes."""
    name = f"{assessment.place.code}/{assessment.round_year}/{assessment.revision}/{language}"
    return hashlib.sha256(name.encode()).hexdigest()[:32].encode()


# The end of a PDF whose cross-references are a stream: where that stream's object starts.
CROSS_REFERENCE_START = re.compile(rb"startxref\r?\n(\d+)\r?\n%%EOF\r?\n?$")
OBJECT_DICTIONARY_START = re.compile(rb"\d+ \d+ obj\r?\n<<")


def with_identifier(pdf: bytes, permanent: bytes) -> bytes:
    """The PDF with its /ID: the permanent identifier, then a digest of this very file.

    Written here rather than by WeasyPrint because its PDF writer, given an identifier,
    serializes and compresses every object a second time to digest them: 6% of the rendering.
    The /ID goes first in the dictionary of the cross-reference stream, the file's last object;
    the offsets written before it stay true and the one after it (startxref) points at that
    object's start, which does not move.
    """
    end = CROSS_REFERENCE_START.search(pdf, len(pdf) - 64)
    start = int(end[1]) if end else -1
    opening = OBJECT_DICTIONARY_START.match(pdf, start) if start >= 0 else None
    if opening is None or b"/XRef" not in pdf[start : end.start()]:
        raise ValueError("the PDF does not end in a cross-reference stream; no /ID written")
    digest = hashlib.md5(pdf, usedforsecurity=False).hexdigest().encode()
    entry = b"/ID [(" + permanent + b") (" + digest + b")] "
    return pdf[: opening.end()] + entry + pdf[opening.end() :]


class _Renderer(threading.local):
    """WeasyPrint's font set-up and the parsed print styles, kept between renderings.

    One per thread: WeasyPrint's objects are not made to be shared between threads. Set up on
    first use (see load_renderer).
    """

    def __init__(self):
        self._fonts = None
        self.css_text = None
        self.stylesheet = None

    @property
    def fonts(self):
        if self._fonts is None:
            from weasyprint.text.fonts import FontConfiguration

            _deflate_at_default_level()
            self._fonts = FontConfiguration()
        return self._fonts

    def styles(self):
        from weasyprint import CSS

        text = PRINT_CSS.read_text(encoding="utf-8")
        if text != self.css_text:  # edited while a development server runs
            self.css_text = text
            self.stylesheet = CSS(string=text, font_config=self.fonts)
        return self.stylesheet


_renderer = _Renderer()


class _ZlibAtDefaultLevel:
    """zlib as pydyf (WeasyPrint's PDF writer) sees it, deflating at zlib's default level.

    pydyf asks for level 9, which on the report's page streams and fonts takes four times as long
    as the default level for files 3% smaller: 4% of every rendering.
    """

    compress = staticmethod(zlib.compress)

    @staticmethod
    def compressobj(level=None):  # pydyf passes level=9
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION)


def _deflate_at_default_level() -> None:
    import pydyf

    pydyf.zlib = _ZlibAtDefaultLevel


def load_renderer() -> None:
    """Import WeasyPrint, set up its fonts and parse the print styles.

    Not at start-up: loading Pango and fontconfig takes a third of a second, which every server
    process and command would pay whether or not it makes a PDF. Batches call this before they
    fork their workers, which then inherit it all instead of each doing it anew.
    """
    _renderer.styles()


def render_profile_pdf(assessment: Assessment, language: str) -> bytes:
    from weasyprint import HTML

    html = report_html(assessment, language)
    # The embedded <style> is the print stylesheet itself: it is given already parsed instead.
    # No base URL: the report embeds its styles and the wheel, and fetches nothing.
    # Tagged PDF: screen readers get the headings, lists and tables, not a flat run of text.
    # The document language (/Lang) comes from <html lang>; the creation date from the
    # profile's own date, never the clock, so the bytes depend on the profile alone.
    with collector_paused():
        pdf = HTML(string=EMBEDDED_STYLE.sub("", html, count=1)).write_pdf(
            stylesheets=[_renderer.styles()], font_config=_renderer.fonts, pdf_tags=True
        )
    return with_identifier(pdf, pdf_identifier(assessment, language))
