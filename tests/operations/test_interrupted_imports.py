"""An import killed halfway through (SIGKILL, inside its transaction) leaves nothing of itself."""

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.operations import servers

SCRIPT = Path(__file__).parent / "interrupted_import.py"
TABLES = [
    "assessments_assessment",
    "assessments_answer",
    "assessments_answer_sources",
    "assessments_source",
    "assessments_auditrecord",
    "profiles_profile",
    "profiles_finding",
    "profiles_finding_indicators",
]


def contents(data_dir: Path) -> dict[str, list]:
    with sqlite3.connect(data_dir / "mgi.sqlite3") as db:
        return {
            table: db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in TABLES
        }


def kill_inside_the_transaction(data_dir: Path, kind: str) -> None:
    marker = data_dir / "inside"
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), kind, str(marker)], env=servers.sqlite_env(data_dir)
    )
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, "the import ended before reaching its pause"
        assert time.monotonic() < deadline, "the import never reached its pause"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.parametrize("kind", ["profile", "workbook"])
def test_an_import_killed_inside_its_transaction_leaves_nothing_behind(data_dir, kind):
    before = contents(data_dir)

    kill_inside_the_transaction(data_dir, kind)

    with sqlite3.connect(data_dir / "mgi.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert contents(data_dir) == before
