"""A digest of the platform's code, templates and translations: pages cached by an older
release must not be served by a newer one."""

import hashlib
from functools import lru_cache
from pathlib import Path

from django.conf import settings

PACKAGE = Path(__file__).resolve().parent.parent
SUFFIXES = {".py", ".html", ".css", ".js", ".svg", ".mo", ".yaml", ".json", ".txt"}


def _source_files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in SUFFIXES and "__pycache__" not in path.parts and path.is_file()
    )


@lru_cache(maxsize=1)
def _release_digest() -> str:
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _working_copy_digest() -> str:
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(f"{path.relative_to(PACKAGE)}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def code_version() -> str:
    """Read once per process in production; while developing, templates change under a running
    server, so file times are checked on every call instead."""
    return _working_copy_digest() if settings.DEBUG else _release_digest()
