"""After a publication the worker prints the profile's PDFs, so that readers' requests only read."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from mgi.operations.background_work import work_state
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
