"""The static files the pages use (styles, scripts, images), found by Django's finders."""

import posixpath
import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage

from mgi.exports.site.paths import output_path, relative_link

CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


def static_prefix() -> str | None:
    """ "/static/", or None when static files live on another host (nothing to copy then)."""
    url = settings.STATIC_URL or ""
    return url if url.startswith("/") else None


@lru_cache(maxsize=4096)
def find_static(name: str) -> str | None:
    """The file behind a static name: in the app folders or, for the hashed names of production
    pages, among the files collectstatic gathered."""
    found = finders.find(name)
    if found:
        return str(found)
    return staticfiles_storage.path(name) if staticfiles_storage.exists(name) else None


def is_static_file(url_path: str) -> bool:
    prefix = static_prefix()
    return bool(prefix and url_path.startswith(prefix) and find_static(url_path[len(prefix) :]))


def static_files(linked: set[str]) -> dict[str, Path]:
    """Output path -> source file, for the static addresses linked to and what their
    stylesheets import in turn (fonts, images)."""
    prefix = static_prefix()
    if prefix is None:
        return {}
    wanted = sorted(url for url in linked if url.startswith(prefix))
    found: dict[str, Path] = {}
    while wanted:
        url = wanted.pop()
        source = find_static(url[len(prefix) :])
        if source is None or output_path(url) in found:
            continue
        found[output_path(url)] = Path(source)
        if url.endswith(".css"):
            wanted += _stylesheet_imports(url, Path(source))
    return found


def _stylesheet_imports(url: str, source: Path) -> list[str]:
    imports = []
    for reference in CSS_URL.findall(source.read_text(encoding="utf-8", errors="replace")):
        if reference.startswith(("data:", "http:", "https:", "//", "#")):
            continue
        path = reference.split("#")[0].split("?")[0]
        imports.append(
            path if path.startswith("/") else posixpath.join(posixpath.dirname(url), path)
        )
    return [posixpath.normpath(path) for path in imports]


def asset_bytes(path: str, source: Path) -> bytes:
    """The file as the site serves it: stylesheets get relative url()s, like the pages' links."""
    content = source.read_bytes()
    if not path.endswith(".css"):
        return content
    url = "/" + path

    def relative(match: re.Match) -> str:
        reference = match[1]
        if not reference.startswith("/") or reference.startswith("//"):
            return match[0]
        return f'url("{relative_link(url, reference)}")'

    return CSS_URL.sub(relative, content.decode("utf-8")).encode("utf-8")
