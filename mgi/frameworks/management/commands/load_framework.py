from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.frameworks.files import FrameworkFileError, read_framework_file
from mgi.frameworks.loading import count_indicators, load_framework


class Command(BaseCommand):
    help = (
        "Validate a framework file (YAML, or an XLSX workbook in the same fields) and load it; "
        "loading the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="framework file, e.g. mgi/frameworks/data/mgi-national.yaml or a .xlsx"
        )

    def handle(self, *args, path, **options):
        try:
            parsed = read_framework_file(path)
            with tqdm(
                total=count_indicators(parsed),
                desc="indicators",
                leave=False,
                disable=None if options["verbosity"] else True,
            ) as bar:
                outcome = load_framework(parsed, progress=lambda code: bar.update(1))
        except FrameworkFileError as error:
            raise CommandError(str(error)) from None
        framework = outcome.framework
        self.stdout.write(
            f"{framework.code} {framework.version}: {outcome.action} "
            f"({outcome.indicator_count} indicators)"
        )
