"""Run the shipped nginx configuration with nginx itself, in front of a given application server:
for the tests and for the load benchmark that goes through it."""

import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

MAIN_CONFIG = """
user root;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/mgi.conf;
}}
"""


def installed_config(prefix: Path, upstream: str, port: int, workers: int = 1) -> Path:
    """deploy/nginx.conf with its documented paths and addresses replaced, as an installer would."""
    text = CONFIG.read_text()
    for documented, local in (
        ("/srv/mgi/data/static/", f"{prefix}/static/"),
        ("/srv/mgi/site", f"{prefix}/site"),
        ("/var/cache/nginx/mgi", f"{prefix}/cache"),
        ("127.0.0.1:8000", upstream),
        ("listen 80;", f"listen 127.0.0.1:{port};"),
    ):
        assert documented in text, f"deploy/nginx.conf no longer mentions {documented}"
        text = text.replace(documented, local)
    (prefix / "mgi.conf").write_text(text)
    main = prefix / "nginx.conf"
    main.write_text(MAIN_CONFIG.format(prefix=prefix, workers=workers))
    return main


def wait_for_port(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nginx did not listen on {port}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_nginx(prefix: Path, upstream: str, workers: int = 1):
    """nginx on a free port of 127.0.0.1 with deploy/nginx.conf, its files under `prefix`
    (`static/`, `site/`), passing requests to `upstream` (host:port); yields its address."""
    port = free_port()
    main = installed_config(prefix, upstream, port, workers)
    checked = subprocess.run([NGINX, "-t", "-c", str(main)], capture_output=True, timeout=30)
    if checked.returncode:
        raise RuntimeError(checked.stderr.decode())
    process = subprocess.Popen(
        [NGINX, "-c", str(main), "-g", "daemon off;"], stderr=subprocess.PIPE
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
