from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from mgi.operations.backup import BackupError, restore_database


class Command(BaseCommand):
    help = "Replace the database's content with a backup made by `mgi backup` (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="the backup file to read")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask before replacing the database",
        )

    def handle(self, *args, path, interactive, **options):
        if interactive:
            answer = input(f"Replace everything in the database with {path}? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                raise CommandError("nothing was restored")
        try:
            restore_database(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"restored from {path}")
