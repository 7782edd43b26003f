"""The open-data files and the static site hold Peru's published rounds, not a correction under
way nor a round in data collection."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

from io import StringIO

from django.core.management import call_command

from mgi.exports.site.build import build_site
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    DRAFT_WORD,
    coordinator,
    make_profile,
    peru_under_correction,
    small_framework,
)


def _texts_of(folder) -> str:
    return "\n".join(
        path.read_bytes().decode("utf-8", "replace")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix in {".csv", ".json", ".html"}
    )


def test_the_exported_tables_hold_the_published_round(peru_under_correction, tmp_path):
    for format_key in ("csv", "json"):
        call_command("export", "--format", format_key, str(tmp_path), stdout=StringIO())

    texts = _texts_of(tmp_path)

    assert DRAFT_WORD not in texts
    assert "A health law for all." in texts


def test_the_static_site_holds_the_published_round(peru_under_correction, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    site = tmp_path / "site"
    build_site(site, include_pdf=False, workers=1)

    texts = _texts_of(site)

    assert DRAFT_WORD not in texts
    assert "Health care is open to all." in texts
