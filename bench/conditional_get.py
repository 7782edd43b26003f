"""Requests per second of a 304 (conditional GET) against the full answer, in process.

    .venv/bin/python bench/conditional_get.py [SECONDS_PER_CASE]

Runs the Django test client in a loop (no network, no server) on the demo data, so the figures
compare the work each answer costs inside the application.
"""

import os
import sys
import tempfile
import time

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
PATHS = [
    "/api/v1/profiles/per/2019",
    "/api/v1/findings?place=PER&page_size=50",
    "/api/v1/assessments",
]


def _rate(client, path: str, **headers) -> tuple[float, int]:
    count, status = 0, None
    deadline = time.perf_counter() + SECONDS
    while time.perf_counter() < deadline:
        status = client.get(path, **headers).status_code
        count += 1
    return count / SECONDS, status


def main() -> None:
    os.environ["MGI_DATA_DIR"] = tempfile.mkdtemp(prefix="mgi-bench-")
    os.environ.pop("MGI_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("demo", "--no-serve", stdout=open(os.devnull, "w"))
    client = Client()
    for path in PATHS:
        client.get(path)  # warm up
        etag = client.get(path)["ETag"]
        full, full_status = _rate(client, path)
        cached, cached_status = _rate(client, path, HTTP_IF_NONE_MATCH=etag)
        print(
            f"{path}: full {full:.0f} req/s ({full_status}), "
            f"conditional {cached:.0f} req/s ({cached_status}), x{cached / full:.1f}"
        )


if __name__ == "__main__":
    main()
