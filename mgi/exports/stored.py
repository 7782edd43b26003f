"""Open-data downloads made once for each change of the published data, then read from disk.

A download of every published answer takes seconds to make; made per request, a few readers
asking with random query strings would keep every server process busy. Each file is kept under
the stamp of the published data it was made from, so a new publication makes new files and a
request for unchanged data only reads.
"""

import fcntl
import hashlib
import os
import shutil
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from mgi.api.caching import published_stamp


def downloads_folder() -> Path:
    return Path(settings.DATA_DIR) / "cache" / "open-data"


def stored_download(filename: str, write: Callable[[Path], None]) -> Path:
    """The file for today's published data: read if made, otherwise made once and kept.

    `write(path)` makes the file at `path`. Processes asking at once wait for the first one's
    file rather than each making their own.
    """
    stamp = hashlib.sha256(published_stamp().key.encode()).hexdigest()[:16]
    folder = downloads_folder() / stamp
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
    _forget_all_but(stamp)
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
