"""The demo as the README starts it: a published profile page against /healthz, same server.

    .venv/bin/python bench/demo_throughput.py [SECONDS_PER_CASE] [CONNECTIONS]

`mgi demo` in a fresh data folder (its own production server and page cache), loaded by wrk on
/healthz and on the Peru 2019 profile in turns, as bench/profile_throughput.py does for a bare
`mgi serve`. Target: ratio >= 0.8.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import requests
from profile_throughput import TURNS, report
from serving import MGI, REPO, free_port, temporary_data_dir, wrk

TARGET = 0.8
PROFILE = "/profiles/per/2019/"


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    connections = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    with temporary_data_dir() as data_dir:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MGI_")}
        env.update(MGI_DATA_DIR=str(data_dir), GUNICORN_CMD_ARGS="--log-level warning")
        url = f"http://127.0.0.1:{free_port()}"
        log = open(data_dir / "demo.log", "w")  # noqa: SIM115
        demo = subprocess.Popen(
            [MGI, "demo", url.removeprefix("http://")],
            env=env,
            cwd=REPO,
            start_new_session=True,
            stdout=log,
            stderr=log,
        )
        try:
            started = time.monotonic()
            while not _answers(url):
                assert demo.poll() is None, (data_dir / "demo.log").read_text()[-2000:]
                time.sleep(0.5)
            print(f"demo serving after {time.monotonic() - started:.0f} s")
            while _background_work_left(data_dir):
                time.sleep(1)
            print(
                "its background work (PDFs, open data) done after "
                f"{time.monotonic() - started:.0f} s"
            )
            wrk(url + PROFILE, 3, connections)  # warm every worker's cache
            turn = max(1, seconds // TURNS)
            runs = {"/healthz": [], PROFILE: []}
            for _ in range(TURNS):
                for path, results in runs.items():
                    results.append({**wrk(url + path, turn, connections), "seconds": turn})
        finally:
            os.killpg(demo.pid, signal.SIGINT)
            demo.wait(timeout=30)
            log.close()
    print(f"{TURNS} turns of {turn} s per address, {connections} connections, the demo's server")
    report(runs, PROFILE, TARGET)


def _background_work_left(data_dir) -> int:
    """Runs queued or under way: the worker prints the demo's PDFs after it starts; a reader
    who judges the demo meets it a minute later, with its worker idle."""
    with sqlite3.connect(data_dir / "mgi.sqlite3") as database:
        return database.execute(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult"
            " WHERE status IN ('READY', 'RUNNING')"
        ).fetchone()[0]


def _answers(url: str) -> bool:
    try:
        return requests.get(url + PROFILE, timeout=5).status_code == 200
    except requests.RequestException:
        return False


if __name__ == "__main__":
    main()
