from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Do the platform's queued background work (open-data files) as it comes; Ctrl-C stops."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="do what is queued now, then stop")

    def handle(self, *args, batch, verbosity, **options):
        # Django's task framework's own worker, on the database queue the settings name.
        call_command(
            "db_worker",
            batch=batch,
            reload=False,
            interval=1,
            startup_delay=not batch,
            verbosity=verbosity,
        )
