"""The background task that prints the profile PDFs after each publication, and its queueing.

A reader asking for a PDF should find it printed: the worker renders every published profile in
every language as soon as the published data changes, so no request waits for WeasyPrint.
It prints in batches, each a run of its own: other work queued meanwhile (the open-data files,
which go first) then waits for one batch, not for every PDF of a large import.
"""

from django_tasks import task

from mgi.operations.background_work import enqueue_once
from mgi.portal.pdf_batch import pdf_jobs, profiles_to_render, render_jobs

# About twenty seconds of printing a run.
BATCH_SIZE = 20


@task()
def make_profile_pdfs() -> int:
    """Print up to a batch of the PDFs not stored yet, and queue the rest; how many were made."""
    jobs = pdf_jobs(profiles_to_render())
    # One process: the worker runs beside the web server and leaves it the other cores.
    render_jobs(jobs[:BATCH_SIZE], workers=1)
    if len(jobs) > BATCH_SIZE:
        make_profile_pdfs.enqueue()
    return min(len(jobs), BATCH_SIZE)


def request_profile_pdfs() -> None:
    enqueue_once(make_profile_pdfs)
