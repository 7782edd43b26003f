"""Readers and editors at once on PostgreSQL: 200 readers and 10 editors for 60 s by default.

    .venv/bin/python bench/mixed_load_postgresql.py [SECONDS] [READERS] [EDITORS]

Starts the local cluster if it is down (pg_ctlcluster 15 main start), creates a fresh database
(role mgi, password mgi, with CREATEDB), publishes 50 synthetic places and gives each editor a
draft of their own; then `mgi serve` in production mode behind nginx with the shipped
deploy/nginx.conf (`apt-get install nginx`). wrk keeps READERS connections asking public pages
(profiles, the list, profile.json) while EDITORS threads, signed in, save answers through the
workspace one after another, both through nginx. Prints both sides' throughput, errors, p50 and
p99. Targets: zero errors, readers' p99 under 1 s. The database is dropped at the end.
"""

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import requests
from serving import REPO, mgi, paths_script, percentile, production_env, serving, wrk

sys.path.insert(0, str(REPO))
from tests.operations.reverse_proxy import running_nginx  # noqa: E402

ROLE = "postgres://mgi:mgi@127.0.0.1:5432"
# nginx buffers every client and reuses its connections to the application, so the application
# needs no more than a thread per process.
THREADS = 1
READER_P99_TARGET_MS = 1000
PASSWORD = "a-long-bench-password"
DRAFT_COUNTRIES = ["PER", "CHL", "COL", "MEX", "BRA", "ARG", "ECU", "BOL", "URY", "PRY"]
READER_PATHS = [
    *(f"/profiles/{code}/2019/" for code in ("abw", "afg", "ago", "aia", "ala", "alb")),
    "/profiles/",
    "/profiles/abw/2019/profile.json",
    "/es/profiles/afg/2019/",
]


def ensure_postgresql() -> None:
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode != 0:
        subprocess.run(["pg_ctlcluster", "15", "main", "start"], check=True)
        time.sleep(2)


def stage_editors(count: int) -> None:
    """Run inside the bench database's settings (see main): one draft per editor."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    django.setup()
    from django.contrib.auth import get_user_model

    from mgi.assessments.models import Assessment, Membership, Role
    from mgi.assessments.team import make_coordinator
    from mgi.frameworks.models import Framework
    from mgi.places.services import get_or_create_country
    from mgi.profiles.rounds import create_assessment

    users = get_user_model().objects
    coordinator = users.create_user("coordinator", "", PASSWORD)
    make_coordinator(coordinator)
    framework = Framework.objects.get(code="mgi-national")
    for number, code in enumerate(DRAFT_COUNTRIES[:count]):
        editor = users.create_user(f"editor{number}", "", PASSWORD)
        draft = create_assessment(get_or_create_country(code), framework, 2023, coordinator)
        Membership.objects.create(assessment=draft, user=editor, role=Role.RESEARCHER)
        Assessment.objects.filter(pk=draft.pk).update(status=Assessment.Status.DATA_COLLECTION)
        print(f"editor{number} {draft.pk}")


class Editor(threading.Thread):
    def __init__(self, url: str, username: str, assessment_id: int, until: float):
        super().__init__(daemon=True)
        self.url, self.username, self.until = url, username, until
        self.base = f"{url}/workspace/assessments/{assessment_id}/answers/"
        self.save_times: list[float] = []
        self.errors: list[str] = []

    def run(self) -> None:
        client = requests.Session()
        login = f"{self.url}/accounts/login/"
        page = client.get(login, timeout=60)
        client.post(
            login,
            data={
                "username": self.username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": token(page.text),
            },
            headers={"Referer": login},
            timeout=60,
        )
        codes = [f"{d}.{a}.1" for d in range(1, 7) for a in range(1, 4)]
        number = 0
        while time.monotonic() < self.until:
            address = f"{self.base}{codes[number % len(codes)]}/"
            number += 1
            try:
                page = client.get(address, timeout=60)
                started = time.perf_counter()
                saved = client.post(
                    address,
                    data={
                        "csrfmiddlewaretoken": token(page.text),
                        "version": value(page.text, "version"),
                        "option": "partial",
                        "justification": f"Saved under load, edit {number}",
                    },
                    headers={"Referer": address},
                    allow_redirects=False,
                    timeout=60,
                )
                self.save_times.append((time.perf_counter() - started) * 1000)
                if saved.status_code != 302:
                    self.errors.append(f"{address}: {saved.status_code}")
            except (requests.RequestException, ValueError) as error:
                self.errors.append(f"{address}: {error}")


def token(html: str) -> str:
    return value(html, "csrfmiddlewaretoken")


def value(html: str, name: str) -> str:
    marker = f'name="{name}" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    readers = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    editors = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    ensure_postgresql()
    name = f"mgi_bench_{os.getpid()}"
    with psycopg.connect(f"{ROLE}/postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        with tempfile.TemporaryDirectory(prefix="mgi-bench-") as folder:
            env = production_env(Path(folder), MGI_DATABASE_URL=f"{ROLE}/{name}")
            mgi(env, "migrate", "-v0")
            print(mgi(env, "generate_synthetic", "--places", "50", "-v0").splitlines()[0])
            staged = subprocess.run(
                [sys.executable, __file__, "--stage", str(editors)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            drafts = dict(zip(staged[::2], map(int, staged[1::2]), strict=True))
            proxy_files = Path(folder) / "proxy"
            (proxy_files / "static").mkdir(parents=True)
            (proxy_files / "site").mkdir()
            with (
                serving(env, threads=THREADS) as app,
                running_nginx(proxy_files, app.removeprefix("http://"), workers=2) as url,
            ):
                wrk(url + READER_PATHS[0], 3, 16)  # warm the workers
                until = time.monotonic() + seconds
                threads = [Editor(url, user, pk, until) for user, pk in drafts.items()]
                for thread in threads:
                    thread.start()
                reading = wrk(
                    url, seconds, readers, script=paths_script(Path(folder), READER_PATHS)
                )
                for thread in threads:
                    thread.join(timeout=120)
    finally:
        with psycopg.connect(f"{ROLE}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    saves = [t for thread in threads for t in thread.save_times]
    errors = [e for thread in threads for e in thread.errors]
    print(f"{seconds} s, {readers} readers (wrk), {editors} editors, PostgreSQL, through nginx")
    print(
        f"readers: {reading['rps']:.0f} req/s, {reading['requests']} requests, "
        f"errors {reading['errors']}, p50 {reading['p50']:.0f} ms, p99 {reading['p99']:.0f} ms"
    )
    print(
        f"editors: {len(saves)} saves ({len(saves) / seconds:.1f}/s), errors {len(errors)}, "
        f"p50 {percentile(saves, 50):.0f} ms, p99 {percentile(saves, 99):.0f} ms"
    )
    for error in reading["error_lines"] + errors[:5]:
        print("  ", error)
    total = reading["errors"] + len(errors)
    print(
        f"{'zero errors: meets the target' if not total else f'{total} errors: misses the target'}"
    )
    met = reading["p99"] < READER_P99_TARGET_MS
    print(
        f"readers' p99 {reading['p99']:.0f} ms: "
        f"{'meets' if met else 'misses'} the target of {READER_P99_TARGET_MS} ms"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--stage"]:
        stage_editors(int(sys.argv[2]))
    else:
        main()
