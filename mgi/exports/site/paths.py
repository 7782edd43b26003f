"""Where each address of the portal lives in the output folder, and links between them."""

import posixpath
from urllib.parse import urljoin, urlsplit

INDEX = "index.html"


def output_path(url_path: str) -> str:
    """ "/profiles/per/2019/" -> "profiles/per/2019/index.html"; files keep their name."""
    if not url_path.startswith("/") or ".." in url_path.split("/"):
        raise ValueError(f"not a safe site address: {url_path!r}")
    relative = url_path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += INDEX
    return relative


def relative_link(from_url: str, to_url: str, fragment: str = "") -> str:
    """The link from one page to another address, relative to the page's own folder.

    Folders are linked by their index.html: some CDNs and file:// browsing do not look for it.
    """
    if to_url == from_url and fragment:
        return f"#{fragment}"
    start = posixpath.dirname(output_path(from_url)) or "."
    link = posixpath.relpath(output_path(to_url), start)
    return f"{link}#{fragment}" if fragment else link


def split_internal(href: str, page_url: str, hosts: frozenset[str]) -> tuple[str, str, str] | None:
    """(path, query, fragment) of a link to this site, resolved against the page's address;
    None for links elsewhere (other hosts, mailto:, ...) and for links within the page."""
    if not href or href.startswith("#"):
        return None
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https", "") or parts.netloc not in hosts:
            return None
    resolved = urlsplit(urljoin(page_url, parts.path)) if parts.path else urlsplit(page_url)
    return resolved.path, parts.query, parts.fragment
