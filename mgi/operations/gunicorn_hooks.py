"""gunicorn hooks of `mgi serve --worker`: the background worker lives and dies with the server."""

import subprocess
import sys

_worker: subprocess.Popen | None = None


def when_ready(server):
    global _worker
    _worker = subprocess.Popen([sys.executable, "-m", "mgi.cli", "worker"])
    server.log.info("Background worker started (pid %s)", _worker.pid)


def on_exit(server):
    if _worker is not None and _worker.poll() is None:
        _worker.terminate()
        try:
            _worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            _worker.kill()
