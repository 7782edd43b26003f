"""Build the static site into a folder, rendering only the parts whose inputs changed."""

import time
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test.utils import override_settings

from mgi.exports.site.assets import asset_bytes, static_files, static_prefix
from mgi.exports.site.manifest import MANIFEST_NAME, Manifest, read_manifest
from mgi.exports.site.plan import SitePart, plan_site
from mgi.exports.site.pool import render_parts
from mgi.exports.site.render import SITE_HOST
from mgi.exports.site.writer import SiteWriter


@dataclass
class BuildReport:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rendered_parts: list[str] = field(default_factory=list)
    unchanged_parts: int = 0
    html_pages: int = 0  # HTML pages rendered by this build
    files: int = 0  # files the site holds
    seconds: float = 0.0


def build_site(
    folder: Path,
    *,
    include_pdf: bool = True,
    workers: int = 1,
    full: bool = False,
    progress=None,
) -> BuildReport:
    """Render the published portal into `folder`.

    `full` renders every part even if its inputs did not change; `progress(part, rendered)` is
    called as parts are planned (rendered=False) and done (rendered=True).
    """
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    old = read_manifest(folder)
    parts = plan_site(include_pdf)
    todo = [part for part in parts if full or not _is_current(part, old, folder)]
    planned = {part.key: part for part in todo}
    report = BuildReport(unchanged_parts=len(parts) - len(todo))
    if progress:
        for part in todo:
            progress(part, False)
    if include_pdf and todo:
        _render_missing_pdfs(todo, workers)
    new = Manifest(parts={p.key: old.parts[p.key] for p in parts if p not in todo})
    writer = SiteWriter(folder)
    site_urls = frozenset(url for part in parts for url in part.urls)
    # Pages are rendered as a reader who is not signed in sees them, with production settings.
    with override_settings(DEBUG=False, ALLOWED_HOSTS=[SITE_HOST]):
        for rendered in render_parts(todo, site_urls, workers):
            new.parts[rendered.key] = {
                "fingerprint": rendered.fingerprint,
                "files": {path: writer.write(path, body) for path, body in rendered.files.items()},
                "static": sorted(url for url in rendered.links if _is_static(url)),
            }
            report.rendered_parts.append(rendered.key)
            report.html_pages += rendered.html_pages
            if progress:
                progress(planned[rendered.key], True)
    linked = {url for part in new.parts.values() for url in part["static"]}
    for path, source in sorted(static_files(linked).items()):
        new.assets[path] = writer.write(path, asset_bytes(path, source))
    for path in sorted(old.files() - new.files()):
        writer.remove(path)
    writer.write(MANIFEST_NAME, new.to_bytes())
    report.written = [path for path in writer.written if path != MANIFEST_NAME]
    report.removed = writer.removed
    report.files = len(new.files())
    report.seconds = time.perf_counter() - started
    return report


def _is_current(part: SitePart, old: Manifest, folder: Path) -> bool:
    """Same inputs as last time, and its files still there as written."""
    entry = old.parts.get(part.key)
    if entry is None or entry["fingerprint"] != part.fingerprint:
        return False
    return all((folder / path).is_file() for path in entry["files"])


def _is_static(url: str) -> bool:
    prefix = static_prefix()
    return bool(prefix and url.startswith(prefix))


def _render_missing_pdfs(parts: list[SitePart], workers: int) -> None:
    """Fill the PDF cache on every core first: a part's PDFs are then read, not rendered."""
    codes = [part.key.split(":", 1)[1] for part in parts if part.key.startswith("place:")]
    if codes:
        # The portal's own command: it knows which PDFs its pages link to and where they are kept.
        call_command("render_pdfs", place=codes, workers=workers, stdout=StringIO())
