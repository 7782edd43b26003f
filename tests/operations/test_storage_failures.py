"""A full disk or a read-only database during a save: a clear 503 page, never a traceback."""

import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from django.db import DatabaseError, OperationalError, connection, transaction

from mgi.api.tokens import create_token
from mgi.operations.db_errors import is_storage_failure, server_error
from tests.operations import servers

ANSWER = "1.1.1"


ON_SQLITE = not os.environ.get("MGI_DATABASE_URL")


def post_answer(client, draft, answer, justification="Saved while the disk is in trouble"):
    return client.post(
        f"/workspace/assessments/{draft.pk}/answers/{ANSWER}/",
        {"version": answer.version, "option": "complete", "justification": justification},
    )


@pytest.fixture
def researcher_client(client, cast):
    client.force_login(cast["researcher"])
    return client


@contextmanager
def read_only_database():
    """SQLite refuses writes as for a read-only file; PostgreSQL as for a read-only server.

    PostgreSQL's switch lasts until its savepoint is rolled back, which the test's own
    rollback needs: it checks deferred constraints, a read in "FOR KEY SHARE" mode.
    """
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA query_only = ON")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA query_only = OFF")
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION READ ONLY")
        yield
        transaction.set_rollback(True)


@contextmanager
def full_sqlite_disk():
    """No page beyond those in use: what a full disk looks like to SQLite."""
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute("PRAGMA max_page_count")
        usual = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA max_page_count = {usual}")


def test_a_save_on_a_read_only_database_gets_503_with_a_plain_message(
    researcher_client, draft, answer_of
):
    answer = answer_of(ANSWER)

    with read_only_database():
        response = post_answer(researcher_client, draft, answer)

    assert response.status_code == 503
    assert response["Retry-After"]
    assert "storage is full or read-only" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert answer_of(ANSWER).version == answer.version


@pytest.mark.skipif(not ON_SQLITE, reason="a SQLite page limit")
def test_a_save_on_a_full_sqlite_disk_gets_503(researcher_client, draft, answer_of):
    answer = answer_of(ANSWER)

    with full_sqlite_disk():
        response = post_answer(researcher_client, draft, answer, justification="x" * 20_000)

    assert response.status_code == 503
    assert answer_of(ANSWER).justification == ""


@pytest.mark.parametrize(
    "error, expected",
    [
        (OperationalError("database or disk is full"), True),
        (OperationalError("disk I/O error"), True),
        (OperationalError("attempt to write a readonly database"), True),
        (OperationalError("database is locked"), False),
        (DatabaseError("no such table: x"), False),
        (ValueError("disk I/O error"), False),
    ],
)
def test_only_storage_failures_are_taken_for_storage_failures(error, expected):
    assert is_storage_failure(error) is expected


def test_a_storage_failure_outside_any_view_still_gets_the_plain_503_page(rf):
    try:
        raise OperationalError("database or disk is full")
    except OperationalError:
        response = server_error(rf.get("/workspace/"))

    assert response.status_code == 503


def without_root_privilege() -> list[str]:
    """File modes do not bind root: as root, run the server without the power to ignore them."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("setpriv (util-linux) is needed to run a server as root that obeys file modes")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_a_server_on_a_read_only_sqlite_file_answers_a_save_with_503(data_dir):
    (data_dir / "mgi.sqlite3").chmod(0o444)
    session = (data_dir / "researcher-session").read_text()
    assessment_id = _draft_id(data_dir)

    with servers.running(
        servers.sqlite_env(data_dir), workers=1, prefix=without_root_privilege()
    ) as server:
        client = requests.Session()
        client.cookies.set("sessionid", session)
        address = f"{server.url}/workspace/assessments/{assessment_id}/answers/{ANSWER}/"
        page = client.get(address, timeout=30)
        assert page.status_code == 200
        response = client.post(
            address,
            data={
                "csrfmiddlewaretoken": servers.form_token(page.text),
                "version": servers.form_value(page.text, "version"),
                "option": "complete",
                "justification": "Saved on a read-only file",
            },
            headers={"Referer": address},
            allow_redirects=False,
            timeout=30,
        )

    assert response.status_code == 503
    assert "storage is full or read-only" in response.text


def _draft_id(data: Path) -> int:
    with sqlite3.connect(f"file:{data / 'mgi.sqlite3'}?mode=ro", uri=True) as db:
        return db.execute("SELECT id FROM assessments_assessment").fetchone()[0]


def test_an_api_read_with_a_token_still_answers_on_a_read_only_database(client, cast, draft):
    _api_token, token = create_token(cast["researcher"], "laptop")

    with read_only_database():
        response = client.get(
            f"/api/v1/assessments/{draft.pk}", HTTP_AUTHORIZATION=f"Bearer {token}"
        )

    assert response.status_code == 200
    assert response.json()["id"] == draft.pk
