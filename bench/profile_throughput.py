"""Requests per second of a published profile page against /healthz, same server, same workers.

    .venv/bin/python bench/profile_throughput.py [SECONDS_PER_CASE] [CONNECTIONS]

`mgi serve` (gunicorn, production settings, SQLite) on 5 synthetic profiles; wrk loads /healthz
and the profile page in turns, with the same connections and for the same total time, so that
other load on the machine weighs on both alike. Target: ratio >= 0.5.
"""

import sys

from serving import prepare, production_env, serving, temporary_data_dir, wrk

TARGET = 0.5
PROFILE = "/profiles/abw/2019/"
TURNS = 8


def combined(runs: list[dict]) -> dict:
    """Requests per second over all turns; the worst turn's latencies and all errors."""
    return {
        "rps": sum(run["requests"] for run in runs) / sum(run["seconds"] for run in runs),
        "p50": max(run["p50"] for run in runs),
        "p99": max(run["p99"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
    }


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    connections = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    with temporary_data_dir() as data_dir:
        env = production_env(data_dir)
        prepare(env, places=5)
        with serving(env) as url:
            wrk(url + PROFILE, 3, connections)  # warm every worker's cache
            turn = max(1, seconds // TURNS)
            runs = {"/healthz": [], PROFILE: []}
            for _ in range(TURNS):
                for path, results in runs.items():
                    results.append({**wrk(url + path, turn, connections), "seconds": turn})
    print(f"{TURNS} turns of {turn} s per address, {connections} connections, one server")
    report(runs, PROFILE, TARGET)


def report(runs: dict[str, list[dict]], profile_path: str, target: float) -> None:
    """Each address's combined figures, and the profile page's rate against /healthz."""
    health, profile = combined(runs["/healthz"]), combined(runs[profile_path])
    for name, figures in (("/healthz", health), (profile_path, profile)):
        print(
            f"{name:22} {figures['rps']:8.0f} req/s  p50 {figures['p50']:6.1f} ms  "
            f"p99 {figures['p99']:6.1f} ms  errors {figures['errors']}"
        )
    ratio = profile["rps"] / health["rps"]
    verdict = "meets" if ratio >= target else "misses"
    print(f"profile / healthz = {ratio:.2f} ({verdict} the target of {target})")


if __name__ == "__main__":
    main()
