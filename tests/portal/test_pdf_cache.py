"""Profile PDFs are kept on disk once rendered; a disk that refuses them costs the cache only."""

import pytest

from mgi.portal.pdf_cache import pdf_path, published_pdf
from tests.disk_limits import files_limited_to

pytestmark = pytest.mark.django_db


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
