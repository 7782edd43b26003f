"""The profile page's latency while five clients fetch open-data downloads with random queries.

    .venv/bin/python bench/downloads_under_load.py [PLACES] [SECONDS]

`mgi serve --worker` (production settings, 5 workers, the background worker) on PLACES synthetic
places with two rounds each (default 250: 500 profiles). Once the worker has made the files, five
threads fetch the XLSX workbook and the answers CSV, each time with a new random query string, for
SECONDS; meanwhile one client asks the profile page one request after another. Target: the
profile page's median stays under 10 ms.
"""

import secrets
import statistics
import sys
import threading
import time

import requests
from serving import mgi, percentile, production_env, serving, temporary_data_dir

TARGET_MS = 10
DOWNLOADS = ["/data/mgi-open-data.xlsx", "/data/answers.csv"]
PROFILE = "/profiles/abw/2019/"


def fetch_downloads(url: str, stop: threading.Event, counts: list[int]) -> None:
    session = requests.Session()
    while not stop.is_set():
        for path in DOWNLOADS:
            response = session.get(f"{url}{path}?r={secrets.token_hex(8)}", timeout=120)
            response.raise_for_status()
            counts.append(len(response.content))


def main() -> None:
    places = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with temporary_data_dir() as data_dir:
        env = production_env(data_dir)
        started = time.monotonic()
        mgi(env, "migrate", "-v0")
        mgi(env, "generate_synthetic", "--places", str(places), "--rounds", "2", "-v0")
        print(f"{places} places, 2 rounds: database ready in {time.monotonic() - started:.0f} s")
        with serving(env, workers=5, background_worker=True) as url:
            session = requests.Session()
            for _ in range(50):  # every worker's page cache
                session.get(url + PROFILE, timeout=30).raise_for_status()
            first = time.monotonic()
            while session.get(f"{url}{DOWNLOADS[0]}", timeout=60).status_code == 503:
                time.sleep(1)  # the worker is making the files
            print(f"files made by the worker {time.monotonic() - first:.0f} s after start")
            stop, counts = threading.Event(), []
            clients = [
                threading.Thread(target=fetch_downloads, args=(url, stop, counts)) for _ in range(5)
            ]
            for client in clients:
                client.start()
            times, deadline = [], time.monotonic() + seconds
            while time.monotonic() < deadline:
                begun = time.perf_counter()
                session.get(url + PROFILE, timeout=30).raise_for_status()
                times.append((time.perf_counter() - begun) * 1000)
            stop.set()
            for client in clients:
                client.join()
    median = statistics.median(times)
    print(f"{len(counts)} downloads by 5 clients in {seconds} s; {len(times)} profile requests")
    print(f"profile page: median {median:.1f} ms, p95 {percentile(times, 95):.1f} ms")
    verdict = "meets" if median < TARGET_MS else "misses"
    print(f"median {verdict} the target of {TARGET_MS} ms")


if __name__ == "__main__":
    main()
