"""`mgi render_pdfs` fills the PDF cache, on every core, and leaves cached PDFs alone."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def render_pdfs(*args) -> str:
    out = StringIO()
    call_command("render_pdfs", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def pdf_folder(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path / "cache" / "pdf"


def test_it_renders_each_language_of_each_profile_into_the_cache(published_peru, pdf_folder):
    from mgi.portal.pdf_cache import pdf_path

    output = render_pdfs("--workers", "1")

    assert "Rendered 3 PDFs" in output
    for language in ("en", "es", "fr"):
        assert pdf_path(published_peru, language).read_bytes().startswith(b"%PDF-")


def test_a_second_run_renders_nothing(published_peru, pdf_folder):
    render_pdfs("--workers", "1", "--language", "es")
    stored = {path: path.stat().st_mtime_ns for path in pdf_folder.iterdir()}

    output = render_pdfs("--workers", "1", "--language", "es")

    assert output.strip() == "Every PDF is already in the cache."
    assert {path: path.stat().st_mtime_ns for path in pdf_folder.iterdir()} == stored


def test_it_renders_only_the_places_and_languages_asked_for(published_peru, pdf_folder):
    render_pdfs("--workers", "1", "--place", "PER", "--language", "fr")

    assert [path.name.split("-")[3] for path in pdf_folder.iterdir()] == ["fr"]


def test_it_refuses_an_unknown_language_or_place(published_peru, pdf_folder):
    with pytest.raises(CommandError, match="unknown language de"):
        render_pdfs("--language", "de")
    with pytest.raises(CommandError, match="no published profile for XYZ"):
        render_pdfs("--place", "XYZ")


@pytest.mark.django_db(transaction=True)
def test_two_workers_render_the_pdfs_in_parallel_processes(national_framework, pdf_folder):
    # Worker processes open their own connections: the profile must be committed, not held in
    # a test's transaction.
    from mgi.profiles.importing import import_profile, plan_profile_import
    from tests.conftest import DEMO_PROFILE

    import_profile(plan_profile_import(DEMO_PROFILE.read_bytes()))

    output = render_pdfs("--workers", "2")

    assert "Rendered 3 PDFs" in output and "2 workers" in output
    assert len(list(pdf_folder.glob("PER-2019-r1-*.pdf"))) == 3
