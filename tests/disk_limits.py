"""A disk that refuses to grow files, as a full disk does: for tests of what a refusal costs."""

import resource
import signal
from contextlib import contextmanager


@contextmanager
def files_limited_to(size: int):
    """The kernel refuses to grow any file past `size` bytes (EFBIG), within this block."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
