import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.operations.synthetic import SyntheticDataRefused, generate_synthetic


class Command(BaseCommand):
    help = "Publish made-up '[Synthetic]' profiles for load tests; refuses a database of real ones."

    def add_arguments(self, parser):
        parser.add_argument("--places", type=int, required=True, help="how many places")
        parser.add_argument("--rounds", type=int, default=1, help="rounds per place (default 1)")
        parser.add_argument("--seed", type=int, default=0, help="same seed, same data")
        parser.add_argument(
            "--force", action="store_true", help="run even if real assessments are present"
        )

    def handle(self, *args, places, rounds, seed, force, verbosity, **options):
        started = time.monotonic()
        with tqdm(
            total=places, desc="places", unit="place", disable=None if verbosity else True
        ) as bar:
            try:
                outcome = generate_synthetic(
                    places, rounds, seed=seed, force=force, progress=bar.update
                )
            except SyntheticDataRefused as error:
                raise CommandError(str(error)) from None
        seconds = time.monotonic() - started
        self.stdout.write(
            f"{outcome.assessments} synthetic profiles published for {outcome.places} places in "
            f"{seconds:.1f} s: {outcome.answers} answers, {outcome.findings} findings, "
            f"{outcome.sources} sources"
            + (f"; {outcome.skipped} place-rounds were already there" if outcome.skipped else "")
        )
        self.stdout.write("Run `mgi rebuild_search_index` to make them searchable.")
