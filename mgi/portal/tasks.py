"""The background task that prints the profile PDFs after each publication, and its queueing.

A reader asking for a PDF should find it printed: the worker renders every published profile in
every language as soon as the published data changes, so no request waits for WeasyPrint.
"""

from django_tasks import task

from mgi.operations.background_work import enqueue_once
from mgi.portal.pdf_batch import pdf_jobs, profiles_to_render, render_jobs


@task()
def make_profile_pdfs() -> int:
    """Print each published profile's PDF in each language not stored yet; how many were made."""
    jobs = pdf_jobs(profiles_to_render())
    # One process: the worker runs beside the web server and leaves it the other cores.
    render_jobs(jobs, workers=1)
    return len(jobs)


def request_profile_pdfs() -> None:
    enqueue_once(make_profile_pdfs)
