from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from mgi.frameworks.files import FrameworkFileError, read_framework_file
from mgi.frameworks.workbook import write_framework_workbook


class Command(BaseCommand):
    help = (
        "Write a framework file as an XLSX workbook in the columns load_framework reads, to edit "
        "in a spreadsheet and load back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="framework file, e.g. mgi/frameworks/data/mgi-national.yaml"
        )
        parser.add_argument("output", help="the workbook to write, e.g. framework.xlsx")

    def handle(self, *args, path, output, **options):
        target = Path(output)
        if target.suffix.lower() != ".xlsx":
            raise CommandError(f"{output}: the workbook's name must end in .xlsx")
        try:
            data = read_framework_file(path).data
        except FrameworkFileError as error:
            raise CommandError(str(error)) from None
        target.write_bytes(write_framework_workbook(data))
        self.stdout.write(f"{data['code']} {data['version']}: written to {target}")
