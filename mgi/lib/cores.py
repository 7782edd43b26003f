"""How many processes heavy batch work (PDFs, static pages) should run at once."""

import os


def usable_cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU limit)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
