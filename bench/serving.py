"""For the serving benchmarks: `mgi serve` in production mode on a fresh database, wrk, and
percentiles."""

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MGI = str(BIN / "mgi")
SECRET = "bench-secret-key-long-enough-to-look-random-0123456789abcdefghijklmnop"


def _stop_on_terminate(signum, frame):
    # A bench stopped by `timeout` or `kill` unwinds, so that serving() stops its server and
    # worker rather than leaving them to load the machine under the next measurement.
    sys.exit(f"stopped by signal {signum}")


signal.signal(signal.SIGTERM, _stop_on_terminate)


def production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Production settings over plain HTTP on loopback (no proxy terminates TLS here)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MGI_")}
    env.update(
        MGI_DEBUG="false",
        MGI_SECRET_KEY=SECRET,
        MGI_SSL_REDIRECT="false",
        MGI_SECURE_COOKIES="false",
        MGI_DATA_DIR=str(data_dir),
        MGI_LOG_LEVEL="ERROR",
        GUNICORN_CMD_ARGS="--log-level warning",
    )
    env.update(extra)
    return env


def mgi(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([MGI, *args], env=env, cwd=REPO, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"mgi {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def prepare(env: dict[str, str], places: int, search_index: bool = False) -> None:
    started = time.monotonic()
    mgi(env, "migrate", "-v0")
    print(mgi(env, "generate_synthetic", "--places", str(places), "-v0").splitlines()[0])
    if search_index:
        mgi(env, "rebuild_search_index")
    print(f"  database ready in {time.monotonic() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(
    env: dict[str, str],
    workers: int | None = None,
    threads: int | None = None,
    background_worker: bool = False,
):
    """`mgi serve` on a free loopback port; yields its base URL; stops it on the way out."""
    port = free_port()
    command = [MGI, "serve", "--bind", f"127.0.0.1:{port}"]
    if background_worker:
        command.append("--worker")
    if workers:
        command += ["--workers", str(workers)]
    if threads:
        command += ["--threads", str(threads)]
    log = open(Path(env["MGI_DATA_DIR"]) / "server.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        command, env=env, cwd=REPO, start_new_session=True, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "the server did not start"
            try:
                if requests.get(f"{url}/healthz", timeout=5).ok:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()
        problems = Path(log.name).read_text().strip()
        if problems:
            print(f"server log ({log.name}):\n{problems[-3000:]}")


@contextmanager
def temporary_data_dir():
    with tempfile.TemporaryDirectory(prefix="mgi-bench-") as folder:
        yield Path(folder)


def wrk(url: str, seconds: int, connections: int, script: Path | None = None) -> dict:
    """Requests per second, latency percentiles (ms) and errors, from wrk's report."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    report = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", report))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    figures = {
        "error_lines": [
            line.strip() for line in report.splitlines() if "errors" in line or "Non-2xx" in line
        ],
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", report)[1]),
        "requests": int(re.search(r"(\d+) requests in", report)[1]),
        "errors": errors + (int(non_2xx[1]) if non_2xx else 0),
    }
    for percent in ("50", "99"):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", report).groups()
        figures[f"p{percent}"] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return figures


def paths_script(folder: Path, paths: list[str], fresh_query: bool = False) -> Path:
    """A wrk script that asks `paths` in turn; with `fresh_query`, each time with a query string
    that no cache has seen."""
    script = folder / "paths.lua"
    listed = ", ".join(f'"{path}"' for path in paths)
    query = "string.format('?r=%d%d', math.random(1e9), n)" if fresh_query else "''"
    script.write_text(
        f"local paths = {{{listed}}}\nlocal n = 0\n"
        "request = function()\n  n = n + 1\n"
        f"  return wrk.format('GET', paths[(n % #paths) + 1] .. {query})\nend\n"
    )
    return script


def percentile(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def latencies_ms(session: requests.Session, url: str, count: int) -> list[float]:
    """One request after another, each timed; any answer but 200 stops the run."""
    times = []
    for _ in range(count):
        started = time.perf_counter()
        response = session.get(url, timeout=30)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return times
