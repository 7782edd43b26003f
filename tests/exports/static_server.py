"""Serve a folder with `python -m http.server` and follow every link of its pages."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(folder: Path):
    """http://127.0.0.1:PORT/ serving `folder`, for as long as the block lasts."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def crawl(root: str, start: str = "index.html") -> tuple[dict[str, int], list[str]]:
    """Every address reachable from `start` (relative to `root`, the site's folder) with the
    status of each, and the broken links as "page -> link": a missing file, an address outside
    `root`, a missing #anchor."""
    start = urljoin(root, start)
    seen: dict[str, int] = {}
    pages: dict[str, BeautifulSoup] = {}
    broken: list[str] = []
    fragments: list[tuple[str, str, str]] = []
    linked_from: dict[str, str] = {start: "(start)"}
    queue = deque([start])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        status, kind, body = fetch(url)
        seen[url] = status
        if status != 200 or kind != "text/html":
            continue
        soup = pages[url] = BeautifulSoup(body, "html.parser")
        for tag, attribute in LINKING.items():
            for element in soup.find_all(tag):
                link = element.get(attribute)
                if not link or urlsplit(link).scheme in ("mailto", "tel"):
                    continue
                target, fragment = urldefrag(urljoin(url, link))
                if urlsplit(target).netloc != urlsplit(start).netloc:
                    continue  # another site
                if not target.startswith(root):
                    broken.append(f"{url} -> {link} (outside the site)")
                    continue
                if fragment:
                    fragments.append((url, link, target))
                linked_from.setdefault(target, url)
                queue.append(target)
    broken += [f"{linked_from[u]} -> {u} ({status})" for u, status in seen.items() if status != 200]
    for page, link, target in fragments:
        fragment = urldefrag(urljoin(page, link))[1]
        soup = pages.get(target)
        if soup is not None and soup.find(id=fragment) is None:
            broken.append(f"{page} -> {link} (no #{fragment})")
    return seen, broken
