"""Render parts of the site on every core: one forked worker process per core."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

from django.db import connections

from mgi.exports.site.assets import is_static_file
from mgi.exports.site.plan import SitePart
from mgi.exports.site.render import RenderedPart, render_part
from mgi.lib.forked_workers import forget_inherited_connections

_site_urls: frozenset[str] = frozenset()
# A worker's own rendering thread; see _start_worker.
_renderer: ThreadPoolExecutor | None = None


def _set_site(urls: frozenset[str]) -> None:
    global _site_urls
    _site_urls = urls


def _start_worker(urls: frozenset[str]) -> None:
    """Pages render on a thread the worker starts, not on its main thread.

    A page's templates call deep. CPython releases a chunk of its frame stack as soon as the
    calls return below it, and versions without the fix for gh-142183 do so every time: where a
    page's calls keep crossing a chunk's end, each crossing maps and unmaps memory. The forked
    main thread renders from under the pool's own calls, at a depth where they cross thousands of
    times a page, and the worker then spends a tenth of its time in the kernel; a new thread's
    stack starts empty. One thread, kept for the worker's life, also keeps one database
    connection.
    """
    global _renderer
    forget_inherited_connections()
    _set_site(urls)
    _renderer = ThreadPoolExecutor(1)


def _exists(url_path: str) -> bool:
    return url_path in _site_urls or is_static_file(url_path)


def _render(part: SitePart) -> RenderedPart:
    return render_part(part, _exists)


def _render_in_worker(part: SitePart) -> RenderedPart:
    return _renderer.submit(_render, part).result()


def render_parts(parts: list[SitePart], site_urls: frozenset[str], workers: int, on_done=None):
    """Yield each part rendered: the first in this process, the others in forked workers when
    there are enough of them to share, else here too.

    The first part is rendered before the fork so that the workers inherit what it set up
    (compiled templates, the client's middleware, translations) instead of each doing it again;
    a small build, such as the demo's two parts, then never pays for starting workers at all.
    Fork, not spawn: workers inherit the settings as they are, a test database's name and the
    build's own settings included. The connections are closed before the fork, and each worker
    sets aside any it inherited all the same, so that it opens its own rather than sharing its
    parent's.
    """
    _set_site(site_urls)
    if not parts:
        return
    yield _render(parts[0])
    rest = parts[1:]
    if workers <= 1 or len(rest) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for part in rest:
            yield _render(part)
        return
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, context, initializer=_start_worker, initargs=(site_urls,)
    ) as pool:
        for future in as_completed([pool.submit(_render_in_worker, part) for part in rest]):
            yield future.result()
