"""p50 and p95 latency of the profile, compare, search and API pages at 5 and at 250 places.

    .venv/bin/python bench/latency_at_scale.py [REQUESTS_PER_PAGE]

For each size: a fresh SQLite database with that many synthetic places (one round each), indexed
for search, served by its own `mgi serve` in production mode, both running at once; one client
asks each page of one server then of the other, the profile page rotating over five profiles.
A page that answers 404 is not built yet and is skipped. Target: at 250 places, each figure
within 1.2x of the one at 5.
"""

import sys
from contextlib import ExitStack

import requests
from serving import latencies_ms, percentile, prepare, production_env, serving, temporary_data_dir

SIZES = (5, 250)
TARGET = 1.2
WARMING = 40  # requests per page before measuring: each of the 5 workers keeps its own cache
PROFILES = [f"/profiles/{code}/2019/" for code in ("abw", "afg", "ago", "aia", "ala")]
PAGES = {
    "profile": None,  # rotates over PROFILES
    "compare": "/compare/?p=abw-2019&p=afg-2019",
    "search": "/search/?q=government",
    # Pages of five: the smaller database holds five profiles, so both sizes list as many items
    # (the default page of 50 would compare five items with fifty).
    "api": "/api/v1/assessments?page_size=5",
}


def measure(urls: dict[int, str], count: int) -> dict[int, dict[str, dict | None]]:
    """Requests alternate between the sizes, so that other load on the machine weighs alike."""
    session = requests.Session()
    figures = {places: {} for places in urls}
    for name, path in PAGES.items():
        paths = PROFILES if path is None else [path]
        if any(session.get(url + paths[0], timeout=60).status_code == 404 for url in urls.values()):
            for places in urls:
                figures[places][name] = None
            continue
        for url in urls.values():  # warm every worker's cache, as a running server has them
            for page in paths:
                latencies_ms(session, url + page, WARMING)
        times = {places: [] for places in urls}
        for index in range(count):
            for places, url in urls.items():
                times[places] += latencies_ms(session, url + paths[index % len(paths)], 1)
        for places in urls:
            values = times[places]
            figures[places][name] = {"p50": percentile(values, 50), "p95": percentile(values, 95)}
    return figures


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with ExitStack() as stack:
        urls = {}
        for places in SIZES:
            env = production_env(stack.enter_context(temporary_data_dir()))
            prepare(env, places=places, search_index=True)
            urls[places] = stack.enter_context(serving(env))
        results = measure(urls, count)
    small, large = results[SIZES[0]], results[SIZES[1]]
    print(f"{count} requests per page and size, one client, sizes in turn; milliseconds")
    print(f"{'page':8} {'p50 @5':>8} {'p95 @5':>8} {'p50 @250':>9} {'p95 @250':>9}  250/5 (p95)")
    for name in PAGES:
        if small[name] is None:
            print(f"{name:8} skipped: the page answers 404 (not built yet)")
            continue
        ratio = large[name]["p95"] / small[name]["p95"]
        verdict = "meets" if ratio <= TARGET else "misses"
        print(
            f"{name:8} {small[name]['p50']:8.1f} {small[name]['p95']:8.1f} "
            f"{large[name]['p50']:9.1f} {large[name]['p95']:9.1f}  {ratio:.2f} ({verdict} {TARGET})"
        )


if __name__ == "__main__":
    main()
