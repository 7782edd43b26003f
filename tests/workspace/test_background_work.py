"""Coordinators see what the worker made after a publication, its errors, and its retries."""

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from mgi.exports.tasks import make_open_data
from mgi.operations.background_work import work_state
from tests.api.conftest import publish_chile
from tests.api.conftest import tiny_framework as tiny_framework  # a fixture, used by name
from tests.workspace.conftest import PASSWORD

OPEN_DATA = "Open-data files (CSV, XLSX, JSON and the data package)"


@pytest.fixture
def coordinator_client(client, cast):
    client.login(username="coordinator", password=PASSWORD)
    return client


def run_worker() -> None:
    call_command("worker", batch=True, verbosity=0)


def make_queued_retries_due() -> None:
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_sees_the_files_queued_then_made_after_publishing(
    coordinator_client, cast, tiny_framework, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    chile = publish_chile(cast["coordinator"], tiny_framework)

    queued = coordinator_client.get(f"/workspace/assessments/{chile.pk}/").content.decode()
    run_worker()
    done = coordinator_client.get(f"/workspace/assessments/{chile.pk}/").content.decode()

    assert "Files made after publication" in queued
    assert f'{OPEN_DATA}</strong>:\n    <span class="status">Queued</span>' in queued
    assert f'{OPEN_DATA}</strong>:\n    <span class="status">Done</span>' in done


@pytest.mark.django_db(transaction=True)
def test_failed_work_is_tried_again_twice_then_waits_for_a_person_who_sees_the_error(
    coordinator_client, cast, tiny_framework, settings, tmp_path
):
    # A data folder that cannot be made: its parent is a file. The real task fails for real.
    (tmp_path / "not-a-folder").write_text("")
    settings.DATA_DIR = tmp_path / "not-a-folder" / "data"
    publish_chile(cast["coordinator"], tiny_framework)
    path = make_open_data.module_path

    run_worker()
    first = work_state(path)
    run_worker()  # the retry is not due yet: nothing runs
    assert DBTaskResult.objects.filter(task_path=path).count() == 2
    make_queued_retries_due()
    run_worker()
    make_queued_retries_due()
    run_worker()
    page = coordinator_client.get("/workspace/background/").content.decode()

    assert first.state == "retrying" and first.attempts == 1
    assert "NotADirectoryError" in first.error
    assert DBTaskResult.objects.filter(task_path=path, status="FAILED").count() == 3
    assert not DBTaskResult.objects.filter(task_path=path, status="READY").exists()
    assert work_state(path).state == "failed"
    assert "Error after 3 attempts:" in page and "NotADirectoryError" in page
    assert f"Try again: {OPEN_DATA}" in page

    settings.DATA_DIR = tmp_path / "data"  # the disk is repaired
    answer = coordinator_client.post(
        "/workspace/background/try-again/", {"task": path}, follow=True
    )
    assert "Queued again" in answer.content.decode()
    run_worker()
    assert work_state(path).state == "done"
    assert coordinator_client.get("/data/answers.csv").status_code == 200


def test_only_coordinators_see_the_background_work(client, cast):
    client.login(username="researcher", password=PASSWORD)

    assert client.get("/workspace/background/").status_code == 403
    assert client.post("/workspace/background/try-again/", {"task": "x"}).status_code == 403


def test_work_that_has_not_failed_is_not_queued_twice(coordinator_client, cast):
    make_open_data.enqueue()

    answer = coordinator_client.post(
        "/workspace/background/try-again/", {"task": make_open_data.module_path}, follow=True
    )

    assert "Only failed work can be tried again" in answer.content.decode()
    assert DBTaskResult.objects.filter(task_path=make_open_data.module_path).count() == 1


@pytest.mark.django_db(transaction=True)
def test_in_french_the_state_follows_its_name_after_a_spaced_colon(
    coordinator_client, cast, tiny_framework, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    publish_chile(cast["coordinator"], tiny_framework)

    page = coordinator_client.get("/fr/workspace/background/").content.decode()

    assert '</strong>\u00a0:\n    <span class="status">' in page
