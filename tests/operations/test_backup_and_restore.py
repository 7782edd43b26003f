import io
import re
import shutil

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from mgi.operations.snapshot import database_snapshot
from mgi.places.services import get_or_create_country
from mgi.profiles.models import Finding

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def tools_for_this_database():
    if connection.vendor == "postgresql" and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed (apt-get install postgresql-client)")


def exported(folder) -> dict[str, bytes]:
    """What `mgi export` writes, less the time it was written."""
    call_command("export", str(folder), stdout=io.StringIO())
    return {
        path.name: re.sub(rb".*generated_at.*\n", b"", path.read_bytes())
        for path in sorted(folder.iterdir())
    }


def test_a_restore_gives_back_exactly_what_the_backup_saved(published_peru, tmp_path):
    before, export_before = database_snapshot(), exported(tmp_path / "before")
    backup = tmp_path / "mgi.backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    Finding.objects.filter(assessment=published_peru).delete()
    get_or_create_country("CHL")
    assert database_snapshot() != before

    call_command("restore", str(backup), interactive=False, stdout=io.StringIO())

    assert database_snapshot() == before
    assert exported(tmp_path / "after") == export_before


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(published_peru, tmp_path):
    before = database_snapshot()
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("this is not a database\n" * 100)

    with pytest.raises(CommandError):
        call_command("restore", str(not_a_backup), interactive=False)

    assert database_snapshot() == before


def test_restore_asks_before_replacing_everything(published_peru, tmp_path, monkeypatch):
    backup = tmp_path / "mgi.backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    monkeypatch.setattr("builtins.input", lambda prompt: "n")

    with pytest.raises(CommandError, match="nothing was restored"):
        call_command("restore", str(backup))
