from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.exports.about import describe_export
from mgi.exports.catalogue import TABLES
from mgi.exports.registry import format_keys, get_exporter


def _progress_bar(rows, table):
    return tqdm(rows, total=table.count(), desc=table.name, unit="row", disable=None, leave=False)


class Command(BaseCommand):
    help = "Write the open data (framework, published answers and sources, findings, SDG 10.7.2)."

    def add_arguments(self, parser):
        parser.add_argument("--format", dest="format_key", choices=format_keys(), default="csv")
        parser.add_argument("outdir", type=Path)

    def handle(self, *args, format_key, outdir, **options):
        if outdir.exists() and not outdir.is_dir():
            raise CommandError(f"{outdir} is not a folder")
        outdir.mkdir(parents=True, exist_ok=True)
        about = describe_export()
        written = get_exporter(format_key).write(TABLES, about, outdir, progress=_progress_bar)
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(
            f"Licence: {about.licence['title']} ({about.licence['path']}); "
            f"frameworks: {', '.join(about.framework_versions) or 'none'}; "
            f"generated {about.generated_at_text}"
        )
