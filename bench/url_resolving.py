"""Microseconds Django spends finding the view of an address, for the pages read most.

    .venv/bin/python bench/url_resolving.py [REPEATS]

Every request pays this before its view runs; a public page's address should cost little more
than /healthz's, the first pattern of all.
"""

import os
import sys
import tempfile
import timeit
from functools import partial

ADDRESSES = [
    "/healthz",
    "/profiles/per/2019/",
    "/profiles/",
    "/es/profiles/per/2019/",
    "/api/v1/profiles/per/2019",
    "/workspace/",
]


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    os.environ["MGI_DATA_DIR"] = tempfile.mkdtemp(prefix="mgi-bench-")  # no database is read
    import django

    django.setup()
    from django.urls import resolve
    from django.utils import translation

    for address in ADDRESSES:
        # A language prefix resolves only while its language is active, as LocaleMiddleware does.
        with translation.override(address.split("/")[1] if address.startswith("/es/") else "en"):
            seconds = min(timeit.repeat(partial(resolve, address), number=repeats, repeat=3))
        print(f"{address:28} {seconds / repeats * 1e6:6.1f} µs")


if __name__ == "__main__":
    main()
