"""Static site build time for the demo, then for 200 more published profiles (target: at least
50 HTML pages a second, PDFs left out), and the time of a rebuild that finds nothing changed.

.venv/bin/python bench/static_site.py [PROFILES]
"""

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_PAGES_PER_S = 50


def setup_database() -> Path:
    """A temporary SQLite database with the demo's data; returns the temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="mgi-bench-site-"))
    os.environ["MGI_DATA_DIR"] = str(folder)
    os.environ.pop("MGI_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    with open(os.devnull, "w") as quiet:
        call_command("demo", no_serve=True, stdout=quiet)
    return folder


def cpu_seconds() -> float:
    """This process and its finished workers: on a busy machine, wall time measures the others."""
    own, workers = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def timed(label: str, build) -> None:
    cpu = cpu_seconds()
    started = time.perf_counter()
    result = build()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    rate = result.html_pages / wall if wall else 0
    verdict = "meets" if rate >= TARGET_PAGES_PER_S else "misses"
    print(
        f"{label}: {wall:.2f} s ({cpu:.1f} CPU s), {result.html_pages} HTML pages "
        f"({rate:.0f} a second; {verdict} the {TARGET_PAGES_PER_S} target), {result.files} files"
    )


def main() -> None:
    profiles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    folder = setup_database()
    from mgi.exports.site.build import build_site
    from mgi.operations.synthetic import generate_synthetic
    from mgi.portal.pdf_batch import default_workers

    workers = default_workers()
    print(f"{workers} workers")
    timed(
        "demo, without PDFs, first build of the process",
        lambda: build_site(folder / "demo", include_pdf=False, workers=workers),
    )
    # The first build of a process also imports the URL configuration and compiles templates.
    timed(
        "demo again, start-up paid",
        lambda: build_site(folder / "demo-again", include_pdf=False, workers=workers),
    )
    timed("demo, with PDFs", lambda: build_site(folder / "demo-pdf", workers=workers))
    # Made-up published profiles, written with bulk operations (see mgi/operations/synthetic.py).
    generate_synthetic(profiles, 1, seed=1, force=True)
    large = folder / "large"
    label = f"demo and {profiles} generated profiles, without PDFs"
    timed(label, lambda: build_site(large, include_pdf=False, workers=workers))
    timed(
        "the same, rebuilt with nothing changed",
        lambda: build_site(large, include_pdf=False, workers=workers),
    )


if __name__ == "__main__":
    main()
