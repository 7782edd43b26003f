"""Let the pages of one static-site part share what they read from the database.

A place's part is its profile page, profile.json and profile.csv in three languages: nine answers
built from the same findings, answers and results. Inside `shared_reads()`, a function marked
`@shared_read` answers a repeated call (same key) from memory instead of the database. Outside
it, which is always the case for the live server, every call reads the database: a published
correction is never hidden behind a stale copy.

What such a function returns is shared between its callers, so they must not change it.
"""

import contextvars
import functools
from collections.abc import Callable, Hashable
from contextlib import contextmanager

_memory: contextvars.ContextVar[dict | None] = contextvars.ContextVar("shared_reads", default=None)


@contextmanager
def shared_reads():
    """Within this block, `@shared_read` functions read the database once per key."""
    token = _memory.set({})
    try:
        yield
    finally:
        _memory.reset(token)


def shared_read(key: Callable[..., Hashable]):
    """Mark a function whose result depends only on `key(*args, **kwargs)` and the database."""

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            memory = _memory.get()
            if memory is None:
                return function(*args, **kwargs)
            name = (function.__module__, function.__qualname__, key(*args, **kwargs))
            if name not in memory:
                memory[name] = function(*args, **kwargs)
            return memory[name]

        return wrapper

    return decorate
