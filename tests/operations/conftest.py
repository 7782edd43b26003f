"""Fixtures for the operations tests: synthetic published profiles, and a data folder with a
migrated SQLite database that subprocess servers and importers can be started on."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.operations import servers
from tests.workspace.conftest import answer_of, cast, draft  # noqa: F401  (shared cast)


@pytest.fixture
def synthetic_profiles(national_framework):
    """A function publishing synthetic profiles up to `places` places (one round each)."""
    from mgi.operations.synthetic import generate_synthetic

    def publish(places: int, rounds: int = 1):
        return generate_synthetic(places, rounds, seed=1)

    return publish


@pytest.fixture(scope="session")
def staged_data_dir(tmp_path_factory) -> Path:
    """Migrated once per test run; tests copy it (see `data_dir`)."""
    folder = tmp_path_factory.mktemp("staged-data")
    script = Path(__file__).parent / "stage_data.py"
    subprocess.run(
        [sys.executable, str(script)],
        env=servers.sqlite_env(folder),
        check=True,
        timeout=300,
    )
    return folder


@pytest.fixture
def data_dir(staged_data_dir, tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(staged_data_dir, folder)
    return folder


@pytest.fixture(scope="session")
def production_static(tmp_path_factory) -> Path:
    """Where production servers keep collected static files; `mgi serve` fills it on first start."""
    return tmp_path_factory.mktemp("static")
