"""Read a PDF back the way a reader's tools do: poppler's pdftotext, pdftoppm, pdffonts, pdfinfo."""

import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

POPPLER = ("pdftotext", "pdftoppm", "pdffonts", "pdfinfo")


def require_poppler() -> None:
    """Skip where poppler-utils is missing, except in CI, where that is a failure."""
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if not missing:
        return
    message = f"poppler-utils is not installed ({', '.join(missing)} missing)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; .ci/run installs it")
    pytest.skip(f"{message}: apt-get install poppler-utils")


def print_published_pdfs() -> None:
    """What the worker does after a publication: every published profile's PDFs, printed."""
    from mgi.portal.pdf_batch import pdf_jobs, profiles_to_render, render_jobs

    render_jobs(pdf_jobs(profiles_to_render()), workers=1)


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M)[1])


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, in reading order (pdftotext separates pages with a form feed)."""
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-").split("\f")[: page_count(pdf)]


def fonts(pdf: Path) -> list[dict]:
    """One row per font: name and whether it is embedded ("emb" column)."""
    lines = run("pdffonts", str(pdf)).splitlines()
    header, rows = lines[0], lines[2:]
    emb = header.index(" emb") + 1
    return [{"name": row.split()[0], "embedded": row[emb : emb + 3].strip()} for row in rows]


def document_language(pdf_bytes: bytes) -> str | None:
    """The catalogue's /Lang, read from the (compressed) object streams."""
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf_bytes, re.S):
        try:
            body = zlib.decompress(match[1])
        except zlib.error:
            body = match[1]
        found = re.search(rb"/Lang\s*\(([^)]*)\)", body)
        if found:
            return found[1].decode()
    found = re.search(rb"/Lang\s*\(([^)]*)\)", pdf_bytes)
    return found[1].decode() if found else None


def page_images(pdf: Path, folder: Path, resolution: int = 30) -> list[Path]:
    run("pdftoppm", "-r", str(resolution), "-png", str(pdf), str(folder / "page"))
    return sorted(folder.glob("page-*.png"))


def squeeze(text: str) -> str:
    """Text as compared: one space between words, and a word broken after its hyphen at the end
    of a line joined again ("well-\\nbeing" -> "well-being")."""
    text = text.replace("\u00ad", "").replace("\u2019", "'")
    return re.sub(r"-\s+", "-", " ".join(text.split()))
