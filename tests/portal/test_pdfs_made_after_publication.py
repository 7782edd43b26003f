"""After a publication the worker prints the profile's PDFs, so that readers' requests only read."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from mgi.exports.tasks import make_open_data
from mgi.operations.background_work import work_state
from mgi.portal import tasks
from mgi.portal.pdf_cache import pdf_path
from mgi.portal.tasks import make_profile_pdfs
from tests.api.conftest import publish_chile
from tests.api.conftest import tiny_framework as tiny_framework  # a fixture, used by name
from tests.workspace.conftest import PASSWORD
from tests.workspace.conftest import cast as cast  # a fixture, used by name


@pytest.mark.django_db(transaction=True)
def test_the_worker_prints_every_language_after_publishing_and_requests_read_the_files(
    client, cast, tiny_framework, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    chile = publish_chile(cast["coordinator"], tiny_framework)
    printed = [pdf_path(chile, language) for language in ("en", "es", "fr")]
    assert DBTaskResult.objects.filter(task_path=make_profile_pdfs.module_path).count() == 1
    assert not any(path.exists() for path in printed)

    call_command("worker", batch=True, verbosity=0)
    stored = {path: path.stat().st_ino for path in printed}
    response = client.get("/es/profiles/chl/2021/profile.pdf")

    assert work_state(make_profile_pdfs.module_path).state == "done"
    assert response.status_code == 200
    assert response.content == printed[1].read_bytes()
    # Read, not printed again: a new print would have replaced the file.
    assert {path: path.stat().st_ino for path in printed} == stored


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_sees_the_pdfs_among_the_work_after_publication(
    client, cast, tiny_framework, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    chile = publish_chile(cast["coordinator"], tiny_framework)
    client.login(username="coordinator", password=PASSWORD)

    page = client.get(f"/workspace/assessments/{chile.pk}/").content.decode()

    assert "Profile PDFs in English, Spanish and French" in page


@pytest.mark.django_db(transaction=True)
def test_a_pdf_not_printed_yet_is_a_polite_503_that_says_when_and_renders_nothing(
    client, cast, tiny_framework, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    chile = publish_chile(cast["coordinator"], tiny_framework)

    response = client.get("/fr/profiles/chl/2021/profile.pdf")

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    assert "Il sera prêt dans environ 1 minute" in response.content.decode()
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "fr"
    back = page.select_one("main a")
    assert (back["href"], back.get_text()) == ("/fr/profiles/chl/2021/", "Retour au profil")
    assert not pdf_path(chile, "fr").exists()
    # The run queued by the publication serves; asking again queues no second one.
    assert DBTaskResult.objects.filter(task_path=make_profile_pdfs.module_path).count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_pdfs_are_printed_in_batches_after_the_open_data_files(
    client, cast, tiny_framework, settings, tmp_path, monkeypatch
):
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(tasks, "BATCH_SIZE", 2)
    chile = publish_chile(cast["coordinator"], tiny_framework)

    call_command("worker", batch=True, verbosity=0)

    runs = list(DBTaskResult.objects.order_by("started_at"))
    assert [run.task_path for run in runs] == [
        make_open_data.module_path,
        make_profile_pdfs.module_path,
        make_profile_pdfs.module_path,
    ]
    assert [run.return_value for run in runs[1:]] == [2, 1]
    assert all(pdf_path(chile, language).exists() for language in ("en", "es", "fr"))
