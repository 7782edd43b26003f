"""The Peru 2019 profile as PDF, read back with poppler as a reader's tools would read it."""

import json
import re
import subprocess
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client
from django.test.utils import override_settings
from PIL import Image

from tests.conftest import DEMO_PROFILE
from tests.portal.pdf_tools import (
    document_language,
    fonts,
    page_images,
    page_texts,
    print_published_pdfs,
    require_poppler,
    squeeze,
)

# The demo profile cites no source, so its report has no "Key sources" chapter.
SECTIONS = [
    "Objective",
    "Introduction",
    "Conceptual framework",
    "Key findings",
    "Annex: indicators and answers",
]
# Every test is marked, so that the test database exists before the module's fixture uses it.
pytestmark = pytest.mark.django_db

DOMAINS = [
    "1. Migrants' rights",
    "2. Whole of government approach",
    "3. Partnerships",
    "4. Well-being of migrants",
    "5. Mobility dimensions of crises",
    "6. Safe, orderly and regular migration",
]


@pytest.fixture(scope="module")
def peru(django_db_setup, django_db_blocker, tmp_path_factory) -> dict:
    """The English and Spanish PDFs and profile.json, fetched as a reader would; rendered once
    for the module (each takes a good part of a second), in a transaction rolled back after."""
    require_poppler()
    from mgi.frameworks.files import NATIONAL_FRAMEWORK
    from mgi.frameworks.loading import load_framework
    from mgi.profiles.importing import import_profile, plan_profile_import

    folder = tmp_path_factory.mktemp("peru-pdf")
    fetched = {"folder": folder}
    with django_db_blocker.unblock(), override_settings(DATA_DIR=folder / "data"):
        with transaction.atomic():
            load_framework(NATIONAL_FRAMEWORK)
            import_profile(plan_profile_import(DEMO_PROFILE.read_bytes()))
            print_published_pdfs()  # the worker's part; a reader's request only reads
            client = Client()
            for language, prefix in [("en", ""), ("es", "/es")]:
                response = client.get(f"{prefix}/profiles/per/2019/profile.pdf")
                assert response.status_code == 200
                assert response["Content-Type"] == "application/pdf"
                path = folder / f"peru-{language}.pdf"
                path.write_bytes(response.content)
                fetched[language] = path
            fetched["json"] = json.loads(client.get("/profiles/per/2019/profile.json").content)
            transaction.set_rollback(True)
    return fetched


@pytest.fixture(scope="module")
def pages(peru) -> list[str]:
    return page_texts(peru["en"])


def test_it_has_every_section_heading_and_every_domain(pages):
    text = "\n".join(pages)

    for heading in ["Contents", *SECTIONS, *DOMAINS]:
        assert heading in text, heading
    assert "Migration Governance Profile: The Republic of Peru" in squeeze(pages[0])
    assert "December 2019" in pages[0]


def test_the_contents_give_the_page_each_section_starts_on(pages):
    contents = next(page for page in pages if "Contents" in page)

    for heading in SECTIONS:
        number = int(re.search(rf"^{re.escape(heading)}\s*\n?\s*(\d+)\s*$", contents, re.M)[1])
        assert heading in pages[number - 1].split("\n", 3)[-1], f"{heading} not on page {number}"


def test_it_holds_all_24_findings_of_profile_json(peru, pages):
    # Running headers and page footers can fall between two lines of a finding: drop them.
    body = "\n".join(
        line
        for page in pages
        for line in page.splitlines()[1:]
        if not re.fullmatch(r"\s*\d+ / \d+\s*", line)
    )
    text = squeeze(body)
    findings = [
        finding["text"]
        for domain in peru["json"]["domains"]
        for kind in ("well_developed", "potential")
        for finding in domain[kind]
    ]

    assert len(findings) == 24
    assert [f for f in findings if squeeze(f) not in text] == []


def test_every_page_but_the_cover_is_numbered_n_of_m(pages):
    total = len(pages)

    # Short chapters share pages: the demo profile, without its answers, fills six.
    assert total >= 5
    assert not re.search(r"\d+ ?/ ?\d+", pages[0])
    for number, page in enumerate(pages[1:], start=2):
        # pdftotext may close up the spaces around a short "2 / 6".
        assert re.search(rf"^\s*{number} ?/ ?{total}\s*$", page, re.M), f"page {number}"


def test_every_font_is_embedded(peru):
    found = fonts(peru["en"])

    assert found, "the PDF names no font"
    assert [font["name"] for font in found if font["embedded"] != "yes"] == []
    assert any("Liberation-Sans" in font["name"] for font in found)


def test_the_pdf_says_it_is_in_english_and_the_spanish_one_in_spanish(peru):
    assert document_language(peru["en"].read_bytes()) == "en"
    assert document_language(peru["es"].read_bytes()) == "es"


def test_the_spanish_pdf_has_spanish_headings(peru):
    text = "\n".join(page_texts(peru["es"]))

    assert "Índice" in text or "Contenido" in text
    assert "Principales conclusiones" in text or "Conclusiones clave" in text


def test_the_spanish_cover_names_the_country_in_spanish(peru):
    """The title stays as published (here in English only); the place line is the reader's."""
    cover_lines = [line.strip() for line in page_texts(peru["es"])[0].splitlines()]

    assert "Perú" in cover_lines
    assert "Peru" not in cover_lines


def test_every_page_renders_to_an_image_that_is_not_blank(peru, tmp_path):
    images = page_images(peru["en"], tmp_path)

    assert len(images) == len(page_texts(peru["en"]))
    for image_path in images:
        with Image.open(image_path) as image:
            grey = image.convert("L")
            dark = sum(grey.histogram()[:200])
            assert dark > 0.001 * grey.width * grey.height, f"{image_path.name} is blank"


def test_the_cover_shows_the_wheel_in_the_domain_colours(peru, tmp_path):
    cover = page_images(peru["en"], tmp_path, resolution=40)[0]
    with Image.open(cover) as image:
        colours = {colour for _count, colour in image.convert("RGB").getcolors(1 << 16)}

    for hex_colour in ["#1f5fa8", "#6d3a86", "#0d6e5f", "#a8461a", "#a3263b", "#48661d"]:
        wanted = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        assert any(_near(wanted, colour) for colour in colours), hex_colour


def _near(a: tuple, b: tuple, tolerance: int = 6) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_the_pdf_is_the_same_bytes_every_time_it_is_rendered(peru, published_peru):
    from mgi.portal.pdf import render_profile_pdf

    again = render_profile_pdf(published_peru, "en")

    assert again == Path(peru["en"]).read_bytes()


def test_the_pdf_carries_its_identifier_and_reads_without_repair(peru):
    english, spanish = peru["en"].read_bytes(), peru["es"].read_bytes()
    identifiers = [re.search(rb"/ID \[\((\w+)\) \((\w+)\)\]", pdf) for pdf in (english, spanish)]

    assert all(identifiers)
    # The permanent part names the profile in its language; the second digests the file.
    assert identifiers[0][1] != identifiers[1][1]
    assert identifiers[0][2] != identifiers[0][1]
    # poppler finds every object through the cross-references, without rebuilding them.
    checked = subprocess.run(
        ["pdfinfo", str(peru["en"])], capture_output=True, text=True, check=True
    )
    assert checked.stderr == ""
    assert "Tagged:          yes" in checked.stdout


def test_a_profile_without_sources_prints_no_sources_chapter(pages):
    text = "\n".join(pages)

    assert "Key sources" not in text
    assert "lists no sources" not in text


def test_the_cover_breaks_the_title_after_its_colon_and_names_the_country_once(peru):
    cover_lines = [line.strip() for line in page_texts(peru["en"])[0].splitlines() if line.strip()]

    assert "Migration Governance Profile:" in cover_lines
    assert "The Republic of Peru" in cover_lines
    assert "Peru" not in cover_lines


# The printable box: A4 less the report's margins (report.css: 22 mm top and bottom, 18 mm
# at the sides), where the running headers and page numbers do not reach.
PAGE_MM = (210, 297)
MARGINS_MM = (18, 22)


def _filled_share(image_path: Path) -> float:
    """How much of the printable box's height lies between its first and last inked rows."""
    with Image.open(image_path) as image:
        grey = image.convert("L")
        x_margin = round(grey.width * MARGINS_MM[0] / PAGE_MM[0])
        y_margin = round(grey.height * MARGINS_MM[1] / PAGE_MM[1])
        box = grey.crop((x_margin, y_margin, grey.width - x_margin, grey.height - y_margin))
        inked = box.point(lambda value: 255 if value < 200 else 0).getbbox()
        if inked is None:
            return 0.0
        return (inked[3] - inked[1]) / box.height


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_page_between_the_contents_and_the_last_is_mostly_empty(peru, tmp_path, language):
    images = page_images(peru[language], tmp_path, resolution=20)

    middle = images[2:-1]
    assert middle, "the report has no pages between its contents and its last page"
    shares = {path.name: round(_filled_share(path), 2) for path in middle}
    assert {name: share for name, share in shares.items() if share < 0.25} == {}
