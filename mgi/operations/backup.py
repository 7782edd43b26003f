"""Back up the database to one file and restore it from one, on SQLite and on PostgreSQL.

SQLite: the online backup API copies a consistent snapshot while the platform keeps serving, and
restores the same way. PostgreSQL: pg_dump and pg_restore in the custom format; pg_dump must be
of the server's major version or newer.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections


class BackupError(Exception):
    """The backup or restore could not be made; the message says why."""


def backup_database(path: Path, alias: str = "default") -> None:
    connection = connections[alias]
    if connection.vendor == "sqlite":
        _sqlite_copy(Path(connection.settings_dict["NAME"]), Path(path))
    elif connection.vendor == "postgresql":
        _run(["pg_dump", "--format=custom", f"--file={path}", *_pg_target(connection)], connection)
    else:
        raise BackupError(f"no backup for {connection.vendor} databases")


def restore_database(path: Path, alias: str = "default") -> None:
    """Replace the database's content with the backup's, all or nothing."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    connection = connections[alias]
    # Our own open connection would hold locks the restore needs.
    connection.close()
    if connection.vendor == "sqlite":
        _check_sqlite_backup(path)
        _sqlite_copy(path, Path(connection.settings_dict["NAME"]))
    elif connection.vendor == "postgresql":
        # Refuse a file that is not a pg_dump archive before dropping anything.
        _run(["pg_restore", "--list", str(path)], connection)
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                *_pg_target(connection),
                str(path),
            ],
            connection,
        )
    else:
        raise BackupError(f"no restore for {connection.vendor} databases")


def _sqlite_copy(source: Path, target: Path) -> None:
    source_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_db = sqlite3.connect(target, timeout=30)
    try:
        # One step: the copy is one transaction on the target, which readers see whole or not.
        source_db.backup(target_db)
    except sqlite3.Error as error:
        raise BackupError(f"{source} -> {target}: {error}") from None
    finally:
        target_db.close()
        source_db.close()


def _check_sqlite_backup(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            status = db.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path}: not a SQLite database ({error})") from None
    if status != "ok":
        raise BackupError(f"{path}: the backup is damaged ({status})")
    if "django_migrations" not in tables:
        raise BackupError(f"{path}: not a backup of this platform (no django_migrations table)")


def _pg_target(connection) -> list[str]:
    settings = connection.settings_dict
    options = [f"--dbname={settings['NAME']}"]
    if settings.get("HOST"):
        options.append(f"--host={settings['HOST']}")
    if settings.get("PORT"):
        options.append(f"--port={settings['PORT']}")
    if settings.get("USER"):
        options.append(f"--username={settings['USER']}")
    return options


def _run(command: list[str], connection) -> None:
    if not shutil.which(command[0]):
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        )
    env = dict(os.environ)
    if connection.settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = connection.settings_dict["PASSWORD"]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")
