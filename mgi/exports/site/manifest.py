"""The record a build leaves in its folder: each part's inputs digest and the files it wrote.

The next build renders only parts whose digest changed, and removes the files of parts that are
gone (profiles no longer published). Files the record does not list are never touched.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = ".mgi-site.json"
FORMAT = 1


@dataclass
class Manifest:
    parts: dict[str, dict] = field(default_factory=dict)  # key -> fingerprint, files, static
    assets: dict[str, str] = field(default_factory=dict)  # output path -> sha256

    def files(self) -> set[str]:
        listed = set(self.assets)
        for part in self.parts.values():
            listed |= set(part["files"])
        return listed

    def to_bytes(self) -> bytes:
        # Sorted and without dates: the same site gives the same record, byte for byte.
        body = {"format": FORMAT, "parts": self.parts, "assets": self.assets}
        return (json.dumps(body, sort_keys=True, indent=1) + "\n").encode()


def read_manifest(folder: Path) -> Manifest:
    try:
        body = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return Manifest()
    if body.get("format") != FORMAT:
        return Manifest()
    return Manifest(parts=body.get("parts", {}), assets=body.get("assets", {}))
