"""The background task that makes the open-data files, and its queueing."""

from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from mgi.exports.downloads import download_writer, every_download
from mgi.exports.stored import store_download


@task()
def make_open_data() -> list[str]:
    """Make every /data/ file of today's published data; the names of those made."""
    made = []
    for filename in every_download():
        store_download(filename, download_writer(filename))
        made.append(filename)
    return made


def request_open_data() -> None:
    """Queue the making of the files, unless it is queued or under way already."""
    pending = DBTaskResult.objects.filter(
        task_path=make_open_data.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    )
    if not pending.exists():
        make_open_data.enqueue()
