"""Start the platform as real processes (gunicorn through `mgi serve`) on a SQLite data folder."""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
MGI = str(Path(sys.executable).parent / "mgi")
PASSWORD = "a-long-test-password"


def sqlite_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a process on the SQLite file in `data_dir`, whatever this run uses."""
    # Not this run's settings, nor the test-only leave to call the ORM from async code.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MGI_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="mgi.settings",
        MGI_DATA_DIR=str(data_dir),
        MGI_STATIC_ROOT=str(data_dir / "static"),
        PYTHONPATH=str(REPO),
    )
    env.update(extra)
    return env


def production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Production settings, but on plain HTTP: a test client speaks to 127.0.0.1 directly."""
    return sqlite_env(
        data_dir,
        MGI_DEBUG="false",
        MGI_SECRET_KEY="a-test-secret-key-that-is-long-enough-to-look-random-0123456789",
        MGI_SSL_REDIRECT="false",
        MGI_SECURE_COOKIES="false",
        **extra,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, env: dict[str, str], workers: int = 2, prefix: list[str] = ()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [
            *prefix,
            MGI,
            "serve",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
        ]
        # A session of its own, so that SIGKILL reaches the master and every worker at once.
        self.process = subprocess.Popen(
            command,
            env=env,
            cwd=REPO,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_until_up()

    def _wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.process.stderr.read().decode()}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=5).status_code == 200:
                    return
            except requests.RequestException:
                pass  # not listening yet, or its workers are still starting
            time.sleep(0.2)
        self.kill()
        raise RuntimeError("the server did not answer /healthz in time")

    def kill(self) -> None:
        """SIGKILL to the whole process group: no worker gets to finish or clean up."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)
        self.process.stderr.close()


@contextmanager
def running(env: dict[str, str], **options):
    server = Server(env, **options)
    try:
        yield server
    finally:
        server.kill()


def signed_in(server: Server, username: str) -> requests.Session:
    client = requests.Session()
    login = f"{server.url}/accounts/login/"
    page = client.get(login, timeout=10)
    response = client.post(
        login,
        data={
            "username": username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": form_token(page.text),
        },
        headers={"Referer": login},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, response.text[:500]
    return client


def form_token(html: str) -> str:
    marker = 'name="csrfmiddlewaretoken" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def form_value(html: str, name: str) -> str:
    marker = f'name="{name}" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]
