from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from mgi.operations.backup import BackupError, backup_database


class Command(BaseCommand):
    help = "Back up the database to one file, while the platform keeps serving."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="the backup file to write")

    def handle(self, *args, path, **options):
        if path.is_dir():
            raise CommandError(f"{path} is a folder; name the backup file")
        try:
            backup_database(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"backed up to {path} ({path.stat().st_size:,} bytes)")
