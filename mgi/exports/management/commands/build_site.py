from pathlib import Path

from django.core.management.base import BaseCommand
from tqdm import tqdm

from mgi.exports.site.build import build_site
from mgi.lib.cores import usable_cores
from mgi.operations.static_files import gather_static_files_if_needed


class Command(BaseCommand):
    help = "Write the public portal of published profiles as static files into OUTDIR."

    def add_arguments(self, parser):
        parser.add_argument("outdir", type=Path)
        parser.add_argument("--no-pdf", action="store_true", help="leave out the profile PDFs")
        parser.add_argument("--full", action="store_true", help="render every page again")
        parser.add_argument("--workers", type=int, default=usable_cores())

    def handle(self, *args, outdir, no_pdf, full, workers, verbosity, **options):
        gather_static_files_if_needed(verbosity)
        with tqdm(desc="pages", unit="page", disable=None) as bar:

            def progress(part, rendered):
                if rendered:
                    bar.update(len(part.urls))
                else:
                    bar.total = (bar.total or 0) + len(part.urls)
                    bar.refresh()

            report = build_site(
                outdir, include_pdf=not no_pdf, workers=workers, full=full, progress=progress
            )
        rate = report.html_pages / report.seconds if report.seconds else 0
        self.stdout.write(
            f"{outdir}: {report.files} files; rendered {len(report.rendered_parts)} parts "
            f"({report.html_pages} HTML pages, {rate:.0f} a second), "
            f"{report.unchanged_parts} unchanged; {len(report.written)} files written, "
            f"{len(report.removed)} removed, in {report.seconds:.1f} s."
        )
