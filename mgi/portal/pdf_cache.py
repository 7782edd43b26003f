"""Published profiles never change, so each PDF is rendered once per language and kept on disk."""

import logging
import os
import tempfile
from pathlib import Path

from django.conf import settings

from mgi.assessments.models import Assessment
from mgi.operations.code_version import code_version
from mgi.portal.pdf import render_profile_pdf

logger = logging.getLogger(__name__)


def pdf_path(assessment: Assessment, language: str) -> Path:
    folder = Path(settings.DATA_DIR) / "cache" / "pdf"
    name = f"{assessment.place.code}-{assessment.round_year}-r{assessment.revision}-{language}"
    # Named with the code's version: a release that renders differently never serves old PDFs.
    return folder / f"{name}-{code_version()}.pdf"


def printed_pdf(assessment: Assessment, language: str) -> Path | None:
    """The stored PDF of a published profile, or None while the worker has not printed it."""
    path = pdf_path(assessment, language)
    return path if path.is_file() else None


def published_pdf(assessment: Assessment, language: str) -> bytes:
    """The PDF of a published profile, from the disk cache or rendered and stored: the worker's
    way to print; readers only read (printed_pdf)."""
    path = pdf_path(assessment, language)
    if path.exists():
        return path.read_bytes()
    pdf = render_profile_pdf(assessment, language)
    try:
        _store(path, pdf)
    except OSError as error:
        # A full or read-only disk costs the cache: the worker's next run prints it again.
        logger.warning("could not keep the PDF %s: %s", path.name, error)
    return pdf


def _store(path: Path, pdf: bytes) -> None:
    """Write then rename: a reader never sees half a file, and two renderers do not collide."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise


def forget_published_pdf(assessment: Assessment, language: str) -> None:
    """Drop a language's stored PDFs of a revision, e.g. once a translation adds its texts."""
    prefix = pdf_path(assessment, language).name.rsplit("-", 1)[0]
    for path in pdf_path(assessment, language).parent.glob(f"{prefix}-*.pdf"):
        path.unlink(missing_ok=True)
