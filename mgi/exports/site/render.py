"""Render a part of the site through the live views, as a reader's browser would get it."""

from dataclasses import dataclass, field

from django.test import Client

from mgi.exports.site.paths import output_path
from mgi.exports.site.plan import SitePart
from mgi.exports.site.static_links import make_static
from mgi.lib.shared_reads import shared_reads

# The host the test client asks for; links to it are links within the site.
SITE_HOST = "testserver"
HTML_TYPE = "text/html"


class SiteBuildError(RuntimeError):
    """A page of the site could not be rendered; the message names its address."""


@dataclass
class RenderedPart:
    key: str
    fingerprint: str
    files: dict[str, bytes]  # output path -> content
    html_pages: int = 0
    links: set[str] = field(default_factory=set)  # site addresses its pages link to


_client: Client | None = None


def site_client() -> Client:
    """One client per process: its middleware is set up once (WhiteNoise lists every static
    file as it starts), not once per page."""
    global _client
    if _client is None:
        _client = Client()
    return _client


def render_part(part: SitePart, exists) -> RenderedPart:
    """Every address of the part; HTML pages get relative links (see static_links).

    The part's pages share their database reads: a place's nine pages and files read its
    findings, answers and results once.
    """
    with shared_reads():
        return _render_addresses(part, exists)


def _render_addresses(part: SitePart, exists) -> RenderedPart:
    client = site_client()
    client.cookies.clear()  # each part as a first visit
    rendered = RenderedPart(part.key, part.fingerprint, {})
    hosts = frozenset({SITE_HOST})
    for url in part.urls:
        response = client.get(url, secure=True)
        if response.status_code != 200:
            raise SiteBuildError(f"{url} answered {response.status_code}, not 200")
        content = b"".join(response) if response.streaming else response.content
        if response.get("Content-Type", "").startswith(HTML_TYPE):
            page = make_static(content.decode(response.charset or "utf-8"), url, exists, hosts)
            content = page.html.encode("utf-8")
            rendered.links |= page.links
            rendered.html_pages += 1
        rendered.files[output_path(url)] = content
    return rendered
