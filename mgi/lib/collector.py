"""Pause Python's cyclic garbage collector around work that allocates in bulk.

Laying out a PDF makes several hundred thousand small objects that live until the end of the
rendering. The collector, triggered every few hundred allocations, walks them over and over and
takes about a fifth of the rendering time while freeing almost nothing. Paused, it runs once
afterwards instead. Reference counting still frees everything else at once, so memory grows only
by the cycles made during the block.
"""

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
# The collector is one per process: blocks in other threads count too.
_depth = 0
_was_enabled = True


@contextmanager
def collector_paused():
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
