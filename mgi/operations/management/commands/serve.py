import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mgi.operations.static_files import gather_static_files_if_needed

# Beyond this, more processes only add memory and database connections on a typical server.
MAX_DEFAULT_WORKERS = 8
# Threads per process: while one thread sends a large download or waits on a slow client, the
# others answer; Python runs one at a time, so more would only queue.
DEFAULT_THREADS = 4
MAX_REQUESTS_PER_WORKER = 100_000


def default_workers() -> int:
    """gunicorn's rule of thumb, 2 x cores + 1, within reason."""
    return min(2 * (os.cpu_count() or 1) + 1, MAX_DEFAULT_WORKERS)


def gunicorn_arguments(
    bind: str, workers: int, threads: int = 1, with_worker: bool = False
) -> list[str]:
    hooks = ["--config", "python:mgi.operations.gunicorn_hooks"] if with_worker else []
    return [
        sys.executable,
        "-m",
        "gunicorn",
        settings.WSGI_APPLICATION.replace(".application", ":application"),
        "--bind",
        bind,
        "--workers",
        str(workers),
        # One thread: gunicorn's sync workers, for use behind a buffering proxy. More threads
        # overlap database round trips (PostgreSQL on another machine) at some cost in fairness.
        "--threads",
        str(threads),
        # Recycle workers now and then, so a slow leak cannot grow without bound. Not often: a
        # new worker costs about a second of CPU and starts with an empty page cache; at 5,000
        # requests, a busy server restarted a worker every few seconds.
        "--max-requests",
        str(MAX_REQUESTS_PER_WORKER),
        "--max-requests-jitter",
        str(MAX_REQUESTS_PER_WORKER // 10),
        # Several servers may run on one machine: no shared control socket in the home folder.
        "--no-control-socket",
        *hooks,
    ]


class Command(BaseCommand):
    help = "Serve the platform with gunicorn (several processes), static files through WhiteNoise."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000", help="ADDRESS:PORT to listen on")
        parser.add_argument(
            "--workers",
            type=int,
            default=default_workers(),
            help=f"worker processes (default 2 x cores + 1, at most {MAX_DEFAULT_WORKERS})",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=DEFAULT_THREADS,
            help=f"threads per worker process (default {DEFAULT_THREADS})",
        )
        parser.add_argument(
            "--worker",
            action="store_true",
            help="also run the background worker (`mgi worker`), started and stopped with it",
        )

    def handle(self, *args, bind, workers, threads, worker, verbosity, **options):
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1")
        gather_static_files_if_needed(verbosity)
        self.stdout.write(f"Serving on http://{bind}/ with {workers} workers", ending="\n")
        self.stdout.flush()
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
        # Replace this process: a supervisor's signals (and SIGKILL) reach gunicorn itself.
        os.execv(sys.executable, gunicorn_arguments(bind, workers, threads, with_worker=worker))
