import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.portal.pdf_batch import default_workers, pdf_jobs, profiles_to_render, render_jobs


class Command(BaseCommand):
    help = "Render the PDFs of published profiles into the disk cache, on every core."

    def add_arguments(self, parser):
        parser.add_argument("--place", action="append", metavar="CODE", help="ISO code; repeatable")
        parser.add_argument(
            "--language", action="append", metavar="LANG", help="en, es or fr; repeatable"
        )
        parser.add_argument("--workers", type=int, default=default_workers())
        parser.add_argument("--force", action="store_true", help="render cached PDFs again")

    def handle(self, *args, place, language, workers, force, **options):
        known = [code for code, _ in settings.LANGUAGES]
        unknown = sorted(set(language or []) - set(known))
        if unknown:
            raise CommandError(f"unknown language {', '.join(unknown)}: use {', '.join(known)}")
        assessments = profiles_to_render(place)
        if place and not assessments:
            raise CommandError(f"no published profile for {', '.join(place)}")
        jobs = pdf_jobs(assessments, language, force=force)
        if not jobs:
            self.stdout.write("Every PDF is already in the cache.")
            return
        started = time.perf_counter()
        with tqdm(total=len(jobs), desc="PDFs", unit="pdf", disable=None) as bar:
            results = render_jobs(
                jobs, workers, force=force, on_done=lambda job, seconds: bar.update()
            )
        elapsed = time.perf_counter() - started
        median = statistics.median(seconds for _, seconds in results)
        self.stdout.write(
            f"Rendered {len(results)} PDFs in {elapsed:.1f} s "
            f"({median:.2f} s each, median; {workers} workers)."
        )
