"""Shared fixtures: the bundled frameworks, the seed page, a published demo profile, a browser."""

import os
import shutil
from pathlib import Path

import pytest
from django.utils import translation

from mgi.frameworks.files import LOCAL_FRAMEWORK, NATIONAL_FRAMEWORK, SDG_FRAMEWORK

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_7bcac1dac96699a9.txt"
DEMO_PROFILE = REPO / "mgi" / "demo" / "data" / "peru-2019.txt"
CHROMIUM = os.environ.get("MGI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing costs a third of a second per user by design; tests need no such defence."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def public_versions_read_every_time(settings):
    """Tests change published data behind the product's back (queryset updates, no audit record)
    and read the page at once: each request reads the page's version, as after a change made in
    its own process. tests/operations/test_page_version_memory.py covers the remembering."""
    settings.PUBLIC_VERSION_MEMORY_SECONDS = 0


@pytest.fixture(autouse=True)
def no_language_left_active():
    """A request through the test client leaves its language active in the thread, as a worker
    would; each test starts as a fresh process does, in the default language."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the seed profile page is not at {SEED} (it sits beside the repository)")
    return SEED


@pytest.fixture
def demo_profile_path() -> Path:
    return DEMO_PROFILE


@pytest.fixture
def national_framework(db):
    from mgi.frameworks.loading import load_framework

    return load_framework(NATIONAL_FRAMEWORK).framework


@pytest.fixture
def sdg_framework(db):
    from mgi.frameworks.loading import load_framework

    return load_framework(SDG_FRAMEWORK).framework


@pytest.fixture
def local_framework(db):
    from mgi.frameworks.loading import load_framework

    return load_framework(LOCAL_FRAMEWORK).framework


@pytest.fixture
def published_peru(national_framework):
    """The demo's Peru 2019 profile, imported and published."""
    from mgi.profiles.importing import import_profile, plan_profile_import

    return import_profile(plan_profile_import(DEMO_PROFILE.read_bytes())).assessment


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium; skipped where none is installed, except in CI where that fails."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is required in CI but {CHROMIUM} is missing")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_javascript(chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()
