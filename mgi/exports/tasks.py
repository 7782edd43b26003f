"""The background task that makes the open-data files, and its queueing."""

from django_tasks import task

from mgi.exports.downloads import download_writer, every_download
from mgi.exports.stored import store_download
from mgi.operations.background_work import enqueue_once


# Ahead of the profile PDFs' batches: one run makes every file, in seconds.
@task(priority=10)
def make_open_data() -> list[str]:
    """Make every /data/ file of today's published data; the names of those made."""
    made = []
    for filename in every_download():
        store_download(filename, download_writer(filename))
        made.append(filename)
    return made


def request_open_data() -> None:
    """Queue the making of the files, unless it is queued or under way already."""
    enqueue_once(make_open_data)
