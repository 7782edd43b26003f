"""The profile page's latency while five clients fetch open-data downloads with random queries.

    .venv/bin/python bench/downloads_under_load.py [PLACES] [SECONDS]

`mgi serve` (production settings, 5 workers of 4 threads, its default) on PLACES synthetic
places with two rounds each (default 250: 500 profiles), its open-data files made beforehand by
the task the worker runs after each publication. wrk's five connections then fetch the XLSX
workbook and the answers CSV, each time with a new random query string, for SECONDS; meanwhile
one client asks the profile page one request after another. Target: the profile page's median
stays under 10 ms.

wrk, not Python threads, fetches the files: threads would share the timing client's interpreter
lock and measure it rather than the server.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from serving import mgi, paths_script, percentile, production_env, serving, temporary_data_dir

TARGET_MS = 10
DOWNLOADS = ["/data/mgi-open-data.xlsx", "/data/answers.csv"]
PROFILE = "/profiles/abw/2019/"
MAKE_OPEN_DATA = "from mgi.exports.tasks import make_open_data; make_open_data.call()"


def main() -> None:
    places = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with temporary_data_dir() as data_dir:
        env = production_env(data_dir)
        started = time.monotonic()
        mgi(env, "migrate", "-v0")
        mgi(env, "generate_synthetic", "--places", str(places), "--rounds", "2", "-v0")
        mgi(env, "shell", "-c", MAKE_OPEN_DATA)
        print(f"{places} places, 2 rounds, open data made in {time.monotonic() - started:.0f} s")
        with serving(env, workers=5) as url, tempfile.TemporaryDirectory() as folder:
            session = requests.Session()
            for path in DOWNLOADS:
                sizes = len(session.get(url + path, timeout=60).content) // 1024
                print(f"{path}: {sizes} KB")
            for _ in range(50):  # every worker's page cache
                session.get(url + PROFILE, timeout=30).raise_for_status()
            wrk = subprocess.Popen(
                [
                    "wrk",
                    "-t1",
                    "-c5",
                    f"-d{seconds}s",
                    "-s",
                    str(paths_script(Path(folder), DOWNLOADS, fresh_query=True)),
                ]
                + [url],
                stdout=subprocess.PIPE,
                text=True,
            )
            times, deadline = [], time.monotonic() + seconds
            while time.monotonic() < deadline:
                begun = time.perf_counter()
                session.get(url + PROFILE, timeout=30).raise_for_status()
                times.append((time.perf_counter() - begun) * 1000)
            report = wrk.communicate(timeout=60)[0]
    downloads = report.split(" requests in")[0].split()[-1]
    median = statistics.median(times)
    print(f"{downloads} downloads by 5 clients in {seconds} s; {len(times)} profile requests")
    print(f"profile page: median {median:.1f} ms, p95 {percentile(times, 95):.1f} ms")
    verdict = "meets" if median < TARGET_MS else "misses"
    print(f"median {verdict} the target of {TARGET_MS} ms")


if __name__ == "__main__":
    main()
