import json
import sys

from django.core.management.base import BaseCommand, CommandError

from mgi.profiles.importing import (
    DEFAULT_FRAMEWORK,
    ProfileImportError,
    import_profile,
    language_name,
    plan_profile_import,
)
from mgi.profiles.local_import import LOCAL_FRAMEWORK
from mgi.profiles.translating import plan_translation, translate_profile

# A profile page is a few tens of KB of text; anything this large is not one, and reading it
# whole would only spend memory.
MAX_PROFILE_BYTES = 2 * 1024 * 1024


class Command(BaseCommand):
    help = "Import a published profile page from its text form; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the profile page as text ('-' reads standard input)")
        parser.add_argument(
            "--place",
            help="ISO 3166 code or name of the country, or a local place's code such as "
            "CRI-COTO-BRUS (default: from the title)",
        )
        parser.add_argument(
            "--round", type=int, dest="round_year", help="round year (default: the page's date)"
        )
        parser.add_argument(
            "--framework",
            default=None,
            help=f"framework code the profile follows (default: {LOCAL_FRAMEWORK} for a local "
            f"profile once it is loaded or shipped, else {DEFAULT_FRAMEWORK})",
        )
        parser.add_argument(
            "--translation",
            action="store_true",
            help="the page translates the round's published profile: add its language's texts "
            "to it (no new revision)",
        )
        parser.add_argument("--dry-run", action="store_true", help="check and show; write nothing")
        parser.add_argument("--json", action="store_true", help="print the profile as JSON")

    def handle(self, *args, path, place, round_year, framework, dry_run, json: bool, **options):
        raw = self._read(path)
        try:
            plan = plan_profile_import(
                raw, place_code=place, round_year=round_year, framework_code=framework
            )
            if options["translation"]:
                summary = self._translate(plan, dry_run)
            else:
                outcome = None if dry_run else import_profile(plan)
        except ProfileImportError as error:
            raise CommandError(f"{path}: {error}") from None
        if json:
            self.stdout.write(_json_dumps(plan.payload()))
            return
        if options["translation"]:
            self.stdout.write(summary)
            return
        counts = {"well_developed": 0, "potential": 0}
        for domain in plan.domains:
            for kind in counts:
                counts[kind] += len(domain[kind])
        summary = (
            f"{plan.place['name']} ({plan.place['code']}) {plan.round_year}: "
            f"{len(plan.domains)} domains, {counts['well_developed']} well-developed areas, "
            f"{counts['potential']} areas with potential"
        )
        if outcome is None:
            self.stdout.write(f"dry run, nothing written: {summary}")
        else:
            revision = outcome.assessment.revision
            self.stdout.write(f"{outcome.action} (revision {revision}): {summary}")

    def _translate(self, plan, dry_run: bool) -> str:
        if dry_run:
            translation = plan_translation(plan)
            assessment, action = translation.assessment, "dry run, nothing written"
        else:
            outcome = translate_profile(plan)
            assessment, action = outcome.assessment, outcome.action
        parts = "title, introduction" if plan.parsed.introduction else "title"
        return (
            f"{action}: {language_name(plan.parsed.language)} texts of {plan.place['name']} "
            f"({plan.place['code']}) {plan.round_year} (revision {assessment.revision}): "
            f"{parts} and {plan.parsed.finding_count()} findings"
        )

    def _read(self, path: str) -> bytes:
        """The file's bytes; refused, before reading past the cap, when it is larger."""
        try:
            if path == "-":
                raw = sys.stdin.buffer.read(MAX_PROFILE_BYTES + 1)
            else:
                with open(path, "rb") as handle:
                    raw = handle.read(MAX_PROFILE_BYTES + 1)
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        if len(raw) > MAX_PROFILE_BYTES:
            raise CommandError(
                f"{path}: larger than {MAX_PROFILE_BYTES // (1024 * 1024)} MB; a profile page "
                "in text form is far smaller"
            )
        return raw


def _json_dumps(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2)
