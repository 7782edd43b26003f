"""One digest of the platform's code, templates, styles and translations, and of the libraries
that render them.

Everything kept from a rendering is named with it: cached public pages, their ETags, stored PDFs
and the static site's parts. A newer release then never serves what an older one rendered.
"""

import hashlib
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from django.conf import settings

PACKAGE = Path(__file__).resolve().parent.parent
SUFFIXES = {".py", ".html", ".css", ".js", ".svg", ".mo", ".yaml", ".json", ".txt", ".csv"}
# Libraries whose output is part of what is kept: an upgrade renders pages and PDFs anew.
RENDERING_LIBRARIES = ("django", "weasyprint", "pydyf")


def _source_files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in SUFFIXES and "__pycache__" not in path.parts and path.is_file()
    )


def _libraries() -> str:
    return "|".join(f"{name}={version(name)}" for name in RENDERING_LIBRARIES)


@lru_cache(maxsize=1)
def _release_digest() -> str:
    digest = hashlib.sha256(_libraries().encode())
    for path in _source_files():
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _working_copy_digest() -> str:
    digest = hashlib.sha256(_libraries().encode())
    for path in _source_files():
        digest.update(f"{path.relative_to(PACKAGE)}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def code_version() -> str:
    """Read once per process in production; while developing, files change under a running
    server, so their times are read on every call instead."""
    return _working_copy_digest() if settings.DEBUG else _release_digest()
