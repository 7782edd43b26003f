"""Write the site's files only where their bytes change, so that a rebuild touches nothing
that is already right (and a sync to a CDN uploads only what changed)."""

import hashlib
import os
import tempfile
from pathlib import Path


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class SiteWriter:
    def __init__(self, folder: Path):
        self.folder = folder
        self.written: list[str] = []
        self.removed: list[str] = []

    def write(self, path: str, content: bytes) -> str:
        """Store the file unless it already holds these bytes; returns their digest."""
        target = self.folder / path
        try:
            if target.read_bytes() == content:
                return sha256(content)
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename: a server never sends half a file.
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        self.written.append(path)
        return sha256(content)

    def remove(self, path: str) -> None:
        target = self.folder / path
        if not target.exists():
            return
        target.unlink()
        self.removed.append(path)
        # Folders left empty go too (a profile's folder once its last file is removed).
        parent = target.parent
        while parent != self.folder and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
