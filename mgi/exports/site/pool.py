"""Render parts of the site on every core: one forked worker process per core."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from django.db import connections

from mgi.exports.site.assets import is_static_file
from mgi.exports.site.plan import SitePart
from mgi.exports.site.render import RenderedPart, render_part
from mgi.lib.forked import forget_inherited_connections

_site_urls: frozenset[str] = frozenset()


def _set_site(urls: frozenset[str]) -> None:
    global _site_urls
    _site_urls = urls


def _start_worker(urls: frozenset[str]) -> None:
    forget_inherited_connections()
    _set_site(urls)


def _exists(url_path: str) -> bool:
    return url_path in _site_urls or is_static_file(url_path)


def _render(part: SitePart) -> RenderedPart:
    return render_part(part, _exists)


def render_parts(parts: list[SitePart], site_urls: frozenset[str], workers: int, on_done=None):
    """Yield each part rendered, in this process for one worker, else in forked workers.

    Fork, not spawn: workers inherit the settings as they are, a test database's name and the
    build's own settings included. Each opens its own database connection.
    """
    if workers <= 1 or len(parts) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        _set_site(site_urls)
        for part in parts:
            yield _render(part)
        return
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, context, initializer=_start_worker, initargs=(site_urls,)
    ) as pool:
        for future in as_completed([pool.submit(_render, part) for part in parts]):
            yield future.result()
