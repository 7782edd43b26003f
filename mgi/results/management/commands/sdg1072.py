import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.results.sdg1072_import import (
    CategoryImportError,
    import_categories,
    plan_category_import,
)
from mgi.results.sdg1072_scoring import RENDERERS, AnswerFileError, score_answer_file, scores_data


class Command(BaseCommand):
    help = "SDG 10.7.2: score answers from CSV, or import published categories (all or nothing)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="{score,import}")
        score = actions.add_parser(
            "score",
            help="print domain and overall values and categories for each place's 30 answers",
        )
        score.add_argument(
            "path", help="CSV with columns place,subcategory,answer ('-' reads standard input)"
        )
        score.add_argument(
            "--format", choices=sorted(RENDERERS), default="csv", help="output format"
        )
        load = actions.add_parser(
            "import",
            help="load published categories; refuse a place and year whose overall is impossible",
        )
        load.add_argument(
            "path", help="CSV with columns place,year,domain,category[,source] ('-': stdin)"
        )

    def handle(self, *args, action, path, **options):
        raw = self._read(path)
        if action == "score":
            self._score(path, raw, options["format"])
        else:
            self._import(path, raw, options["verbosity"])

    def _score(self, path: str, raw: bytes, output_format: str) -> None:
        try:
            scored = score_answer_file(raw)
        except AnswerFileError as error:
            raise CommandError(f"{path}: {error}") from None
        self.stdout.write(RENDERERS[output_format](scores_data(scored)), ending="")

    def _import(self, path: str, raw: bytes, verbosity: int) -> None:
        try:
            plan = plan_category_import(raw)
        except CategoryImportError as error:
            raise CommandError(f"{path}: {error}") from None
        with tqdm(
            total=len(plan.rows),
            desc="categories",
            leave=False,
            disable=None if verbosity else True,
        ) as bar:
            outcome = import_categories(plan, progress=lambda row: bar.update(1))
        place_years = len(plan.place_years)
        self.stdout.write(
            f"{len(plan.rows)} categories, {place_years} place-year{'s' * (place_years != 1)}: "
            f"{outcome.created} created, {outcome.updated} updated, "
            f"{outcome.unchanged} unchanged"
        )

    def _read(self, path: str) -> bytes:
        if path == "-":
            return sys.stdin.buffer.read()
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
