import os
import sys
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from mgi.demo.accounts import DEMO_ACCOUNTS, ensure_demo_accounts
from mgi.demo.answers import ensure_demo_results
from mgi.demo.drafts import ensure_demo_draft
from mgi.demo.local import ensure_demo_local_profile
from mgi.demo.published_sdg import ensure_published_sdg_categories
from mgi.demo.second_round import ensure_second_round
from mgi.frameworks.files import (
    LOCAL_FRAMEWORK,
    NATIONAL_FRAMEWORK,
    SDG_FRAMEWORK,
    FrameworkFileError,
)
from mgi.frameworks.loading import load_framework
from mgi.profiles.importing import ProfileImportError, import_profile, plan_profile_import
from mgi.profiles.translating import translate_profile

DEMO_PROFILES = [Path(__file__).resolve().parents[2] / "data" / "peru-2019.txt"]
# The same profile in Spanish and French, added to it as translations.
DEMO_TRANSLATIONS = [
    Path(__file__).resolve().parents[2] / "data" / f"peru-2019.{language}.txt"
    for language in ("es", "fr")
]


class Command(BaseCommand):
    help = (
        "Set up the demo (database, frameworks, the Peru 2019 profile and an illustrative 2021 "
        "round, accounts) and serve it."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-serve", action="store_true", help="set up, then exit")

    def handle(self, *args, addrport, no_serve, **options):
        call_command("migrate", interactive=False, verbosity=0)
        steps = [
            ("framework", path) for path in (NATIONAL_FRAMEWORK, LOCAL_FRAMEWORK, SDG_FRAMEWORK)
        ]
        steps += [("profile", path) for path in DEMO_PROFILES]
        steps += [("translation", path) for path in DEMO_TRANSLATIONS]
        for kind, path in tqdm(steps, desc="demo data", unit="file", leave=False, disable=None):
            self.stdout.write(f"{path.name}: {self._load(kind, path)}")
        self.stdout.write(f"Peru 2019 results (illustrative): {ensure_demo_results()}")
        self.stdout.write(ensure_second_round())
        self.stdout.write(f"SDG 10.7.2 as published by the UN: {ensure_published_sdg_categories()}")
        try:
            lima = ensure_demo_local_profile()
        except ProfileImportError as error:
            raise CommandError(f"lima-2022.txt: {error}") from None
        self.stdout.write(f"Metropolitan Lima 2022, local profile (illustrative): {lima}")
        users = ensure_demo_accounts()
        draft, action = ensure_demo_draft(users)
        self.stdout.write(f"draft {draft.place.name} {draft.round_year}: {action}")
        self.stdout.write("\nDemo accounts (sign in at /accounts/login/):")
        for username, password, purpose in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<12} {password:<18} {purpose}")
        if no_serve:
            return
        bind = addrport if ":" in addrport else f"127.0.0.1:{addrport}"
        self.stdout.write(f"\nServing on http://{bind}/  (try /profiles/per/2019/; Ctrl-C stops)\n")
        self.stdout.flush()
        # The demo runs on the production server with its background worker, as readers would
        # meet the platform; this process becomes it, so Ctrl-C reaches it directly.
        command = [sys.executable, "-m", "mgi.cli", "serve", "--bind", bind, "--worker"]
        os.execve(sys.executable, command, demo_server_environment(bind))

    def _load(self, kind: str, path: Path) -> str:
        try:
            if kind == "framework":
                return load_framework(path).action
            plan = plan_profile_import(path.read_bytes())
            if kind == "translation":
                return translate_profile(plan, via="demo").action
            outcome = import_profile(plan, via="demo")
            return outcome.action
        except (FrameworkFileError, ProfileImportError) as error:
            raise CommandError(f"{path}: {error}") from None


def demo_server_environment(bind: str) -> dict[str, str]:
    """Production settings (no tracebacks, the page cache), on plain HTTP at the bound address."""
    host = bind.rsplit(":", 1)[0].strip("[]")
    environment = dict(os.environ)
    environment.setdefault("MGI_DEBUG", "false")
    # The demo speaks plain HTTP on its own address: no redirect to HTTPS, no HTTPS-only cookies.
    environment.setdefault("MGI_SSL_REDIRECT", "false")
    environment.setdefault("MGI_SECURE_COOKIES", "false")
    environment.setdefault("MGI_HSTS_SECONDS", "0")
    if host in {"0.0.0.0", "::"}:
        # Bound to every interface: readers may come by any of the machine's names.
        environment.setdefault("MGI_ALLOWED_HOSTS", "*")
    else:
        environment.setdefault("MGI_ALLOWED_HOSTS", f"{host},127.0.0.1,localhost,[::1]")
    return environment
