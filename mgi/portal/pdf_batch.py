"""Render many profile PDFs into the disk cache at once, one worker process per core."""

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass

from django.conf import settings

from mgi.assessments.models import Assessment
from mgi.lib.cores import usable_cores
from mgi.lib.forked_workers import forget_inherited_connections
from mgi.portal.pdf_cache import pdf_path, published_pdf
from mgi.profiles.public import published_profiles


@dataclass(frozen=True)
class PdfJob:
    assessment_id: int
    language: str
    label: str  # "PER 2019 es", for messages


def profiles_to_render(place_codes: list[str] | None = None) -> list[Assessment]:
    """The newest published revision of every round (of these places): what profile.pdf serves."""
    published = published_profiles()
    if place_codes:
        published = published.filter(place__code__in=[code.upper() for code in place_codes])
    return list(published.order_by("place__code", "round_year"))


def pdf_jobs(
    assessments: list[Assessment], languages: list[str] | None = None, force: bool = False
) -> list[PdfJob]:
    """One job per profile and language, leaving out PDFs already in the cache unless forced."""
    languages = languages or [code for code, _ in settings.LANGUAGES]
    return [
        PdfJob(a.pk, language, f"{a.place.code} {a.round_year} {language}")
        for a in assessments
        for language in languages
        if force or not pdf_path(a, language).exists()
    ]


def pdfs_waiting() -> int:
    """How many PDFs of published profiles are not printed yet."""
    return len(pdf_jobs(profiles_to_render()))


def render_job(job: PdfJob, force: bool = False) -> tuple[PdfJob, float]:
    """Render one PDF into the cache; returns the job and the seconds it took."""
    started = time.perf_counter()
    assessment = Assessment.objects.select_related("place", "framework", "profile").get(
        pk=job.assessment_id
    )
    if force:
        pdf_path(assessment, job.language).unlink(missing_ok=True)
    published_pdf(assessment, job.language)
    return job, time.perf_counter() - started


def render_jobs(jobs: list[PdfJob], workers: int, force: bool = False, on_done=None) -> list:
    """Render every job, in this process when one worker is asked for, else in a process pool.

    `on_done(job, seconds)` is called as each PDF is stored (for a progress bar).
    """
    results = []
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            results.append(render_job(job, force))
            if on_done:
                on_done(*results[-1])
        return results
    from django.db import connections

    # Forked workers must not share the parent's database connections: each opens its own.
    connections.close_all()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_process_context(), initializer=_start_worker
    ) as pool:
        futures = [pool.submit(render_job, job, force) for job in jobs]
        for future in as_completed(futures):
            results.append(future.result())
            if on_done:
                on_done(*results[-1])
    return results


def default_workers() -> int:
    return usable_cores()


def _process_context():
    # Fork keeps the parent's settings, including a test database's name; spawn (where fork is
    # missing) starts from the environment and sets Django up in _start_worker.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _start_worker() -> None:
    import django
    from django.apps import apps

    if not apps.ready:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
        django.setup()
    else:  # forked: Django came set up, with the parent's connections
        forget_inherited_connections()
