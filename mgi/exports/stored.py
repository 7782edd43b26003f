"""Open-data files kept on disk under the stamp of the published data they were made from.

A download of every published answer takes seconds to make. Files are made by a background task
once for each change of the published data (mgi/exports/tasks.py); a request only reads them, so
readers asking with random query strings cost a file read each, not a rebuild.
"""

import fcntl
import hashlib
import os
import shutil
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from mgi.operations.public_changes import public_stamp


def downloads_folder() -> Path:
    return Path(settings.DATA_DIR) / "cache" / "open-data"


def current_folder() -> Path:
    """Where the files of today's published data are, or will be."""
    stamp = hashlib.sha256(public_stamp().key.encode()).hexdigest()[:16]
    return downloads_folder() / stamp


def ready_download(filename: str) -> Path | None:
    """The file made from today's published data, or None while it is not made yet."""
    path = current_folder() / filename
    return path if path.exists() else None


def store_download(filename: str, write: Callable[[Path], None]) -> Path:
    """Make the file for today's published data unless it is made; two makers never collide.

    `write(path)` makes the file at `path`; it is moved into place only once complete.
    """
    folder = current_folder()
    path = folder / filename
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    with _exclusive(folder / f".{filename}.lock"):
        if not path.exists():
            draft = folder / f".{filename}.{os.getpid()}.part"
            try:
                write(draft)
                os.replace(draft, path)
            finally:
                draft.unlink(missing_ok=True)
    _forget_all_but(folder.name)
    return path


@contextmanager
def _exclusive(lock_path: Path):
    with lock_path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _forget_all_but(stamp: str) -> None:
    """Files of earlier published data are never asked for again."""
    for folder in downloads_folder().iterdir():
        if folder.name != stamp and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
