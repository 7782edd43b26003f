import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.places.services import UnknownPlace, find_country
from mgi.results.sdg1072_import import (
    CategoryImportError,
    CategoryImportPlan,
    import_categories,
    plan_category_import,
)
from mgi.results.sdg1072_open_sdg import plan_open_sdg_import
from mgi.results.sdg1072_scoring import RENDERERS, AnswerFileError, score_answer_file, scores_data


class Command(BaseCommand):
    help = "SDG 10.7.2: score answers from CSV, or import published categories (all or nothing)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(
            dest="action", required=True, metavar="{score,import,import-open-sdg}"
        )
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
        open_sdg = actions.add_parser(
            "import-open-sdg",
            help="load one country's categories from an open-sdg platform's indicator_10-7-2.csv",
        )
        open_sdg.add_argument("path", help="the platform's CSV: Year, Value, disaggregations")
        open_sdg.add_argument("--place", required=True, help="the country (ISO 3166 code)")
        open_sdg.add_argument(
            "--source", help="where the categories were published (kept on every row)"
        )

    def handle(self, *args, action, path, **options):
        raw = self._read(path)
        if action == "score":
            self._score(path, raw, options["format"])
        elif action == "import":
            try:
                plan = plan_category_import(raw)
            except CategoryImportError as error:
                raise CommandError(f"{path}: {error}") from None
            self._import(path, plan, options["verbosity"])
        else:
            self._import_open_sdg(path, raw, options)

    def _score(self, path: str, raw: bytes, output_format: str) -> None:
        try:
            scored = score_answer_file(raw)
        except AnswerFileError as error:
            raise CommandError(f"{path}: {error}") from None
        self.stdout.write(RENDERERS[output_format](scores_data(scored)), ending="")

    def _import_open_sdg(self, path: str, raw: bytes, options: dict) -> None:
        try:
            place = find_country(options["place"]).code
        except UnknownPlace as error:
            raise CommandError(f"--place: {error}") from None
        try:
            read = plan_open_sdg_import(raw, place, options["source"])
        except CategoryImportError as error:
            raise CommandError(f"{path}: {error}") from None
        self._import(
            path,
            read.plan,
            options["verbosity"],
            via="sdg1072 import-open-sdg",
            skipped=f"; {read.skipped} row{'s' * (read.skipped != 1)} without a value skipped"
            if read.skipped
            else "",
        )

    def _import(
        self,
        path: str,
        plan: CategoryImportPlan,
        verbosity: int,
        via: str = "sdg1072 import",
        skipped: str = "",
    ) -> None:
        with tqdm(
            total=len(plan.rows),
            desc="categories",
            leave=False,
            disable=None if verbosity else True,
        ) as bar:
            try:
                outcome = import_categories(plan, progress=lambda row: bar.update(1), via=via)
            except CategoryImportError as error:
                raise CommandError(f"{path}: {error}") from None
        place_years = len(plan.place_years)
        self.stdout.write(
            f"{len(plan.rows)} categories, {place_years} place-year{'s' * (place_years != 1)}: "
            f"{outcome.created} created, {outcome.updated} updated, "
            f"{outcome.unchanged} unchanged{skipped}"
        )

    def _read(self, path: str) -> bytes:
        if path == "-":
            return sys.stdin.buffer.read()
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
