"""Open-data files are made by a background task once for each change of the published data;
a request only reads them, or says politely when to come back."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from mgi.exports.stored import downloads_folder
from mgi.exports.tasks import make_open_data
from mgi.profiles.models import Finding
from tests.disk_limits import files_limited_to


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def _kept_files() -> dict:
    return {
        path.relative_to(downloads_folder()): path.stat().st_mtime_ns
        for path in downloads_folder().rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }


def _queued() -> int:
    return DBTaskResult.objects.filter(task_path=make_open_data.module_path, status="READY").count()


def test_a_file_not_made_yet_is_a_polite_503_and_queues_its_making_once(
    client, published_chile, data_dir
):
    first = client.get("/data/mgi-open-data.xlsx?r=1")
    second = client.get("/data/answers.csv?r=2")
    page = BeautifulSoup(client.get("/data/").content, "html.parser")

    assert (first.status_code, second.status_code) == (503, 503)
    assert first["Retry-After"] == "30"
    assert "ready in about a minute" in first.content.decode()
    assert _queued() == 1
    assert "being made" in page.select_one("[role=status]").get_text()


def test_the_503_page_of_a_file_speaks_the_readers_language_and_leads_back_to_the_data(
    client, published_chile, data_dir
):
    page = BeautifulSoup(client.get("/es/data/answers.csv").content, "html.parser")

    assert page.html["lang"] == "es"
    back = page.select_one("main a")
    assert (back["href"], back.get_text()) == ("/es/data/", "Volver a los datos abiertos")


def test_once_made_every_request_reads_the_kept_file_whatever_its_query_string(
    client, published_chile, data_dir
):
    make_open_data.call()
    kept = _kept_files()

    first = client.get("/data/mgi-open-data.xlsx?nocache=1")
    second = client.get("/data/mgi-open-data.xlsx?nocache=2")
    page = BeautifulSoup(client.get("/data/").content, "html.parser")

    assert (first.status_code, second.status_code) == (200, 200)
    assert _body(first) == _body(second)
    assert "mgi-open-data.xlsx" in {path.name for path in kept}
    assert _kept_files() == kept
    assert _queued() == 0
    assert page.select_one("[role=status]") is None


def test_a_publication_queues_new_files_which_replace_the_old(
    client, published_chile, data_dir, django_capture_on_commit_callbacks
):
    make_open_data.call()
    before = _body(client.get("/data/findings.csv")).decode()
    old_folders = {path.parts[0] for path in _kept_files()}
    finding = Finding.objects.filter(assessment=published_chile).first()
    finding.text = {"en": "Chile counts every migrant in its census."}
    finding.save()

    with django_capture_on_commit_callbacks(execute=True):
        # What a correction's publication does: the published data's stamp moves, and the
        # audit record tells the platform that public data changed.
        published_chile.save()
        from mgi.operations.public_changes import bump_public_version

        bump_public_version()
    queued = _queued()
    make_open_data.call()
    after = _body(client.get("/data/findings.csv")).decode()

    assert queued == 1
    assert "census" not in before and "census" in after
    assert {path.parts[0] for path in _kept_files()}.isdisjoint(old_folders)


@pytest.mark.django_db(transaction=True)
def test_mgi_worker_makes_the_queued_files(client, cast, tiny_framework, settings, tmp_path):
    from tests.api.conftest import publish_chile

    settings.DATA_DIR = tmp_path
    publish_chile(cast["coordinator"], tiny_framework)
    assert client.get("/data/answers.csv").status_code == 503

    call_command("worker", batch=True, verbosity=0)

    response = client.get("/data/answers.csv")
    assert response.status_code == 200
    assert "CHL,2021" in _body(response).decode()
    assert DBTaskResult.objects.get(task_path=make_open_data.module_path).status == "SUCCESSFUL"


def test_a_disk_that_refuses_the_files_leaves_no_part_and_the_request_still_waits_politely(
    client, published_chile, data_dir
):
    client.get("/data/")  # the page's reads, before the disk fills

    with files_limited_to(2048), pytest.raises(OSError):
        make_open_data.call()
    response = client.get("/data/mgi-open-data.xlsx")

    assert "mgi-open-data.xlsx" not in {path.name for path in _kept_files()}
    assert list(downloads_folder().rglob("*.part")) == []
    assert response.status_code == 503
