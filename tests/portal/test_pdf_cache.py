"""Profile PDFs are kept on disk once rendered; a disk that refuses them costs the cache only."""

import resource
import signal
from contextlib import contextmanager

import pytest

from mgi.portal.pdf_cache import pdf_path, published_pdf

pytestmark = pytest.mark.django_db


@contextmanager
def files_limited_to(size: int):
    """The kernel refuses to grow any file past `size` bytes, as a full disk refuses a write."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_rendered_pdf_is_kept_and_read_back(published_peru, settings, tmp_path):
    settings.DATA_DIR = tmp_path

    first = published_pdf(published_peru, "en")

    assert pdf_path(published_peru, "en").read_bytes() == first
    assert published_pdf(published_peru, "en") == first


def test_a_pdf_the_disk_refuses_is_served_all_the_same_and_leaves_no_part_file(
    published_peru, settings, tmp_path
):
    settings.DATA_DIR = tmp_path

    with files_limited_to(4096):
        pdf = published_pdf(published_peru, "en")

    assert pdf.startswith(b"%PDF-")
    assert list(pdf_path(published_peru, "en").parent.iterdir()) == []
