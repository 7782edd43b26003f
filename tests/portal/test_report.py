"""The report the PDF is made from: the Summary and Context of local profiles, the annex."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.portal.pdf_tools import page_texts, require_poppler, squeeze


@pytest.fixture
def published_lima(published_peru):
    """A local profile of Lima, published, with the first two findings of each Peru domain."""
    from mgi.assessments.models import Assessment
    from mgi.places.services import get_or_create_local
    from mgi.profiles.models import Finding, Profile

    lima = get_or_create_local(published_peru.place, "Lima")
    assessment = Assessment.objects.create(
        place=lima,
        framework=published_peru.framework,
        round_year=2021,
        month=5,
        status=Assessment.Status.PUBLISHED,
    )
    Profile.objects.create(
        assessment=assessment,
        title={"en": "Migration Governance Profile: Lima"},
        date="2021-05",
        published_at=timezone.now(),
    )
    Finding.objects.bulk_create(
        Finding(assessment=assessment, domain=f.domain, kind=f.kind, text=f.text, order=f.order)
        for f in published_peru.findings.all()
        if f.order <= 2
    )
    return assessment


def report_of(assessment, language="en") -> BeautifulSoup:
    from mgi.portal.pdf import report_html

    return BeautifulSoup(report_html(assessment, language), "html.parser")


def test_a_local_report_lists_summary_and_context_in_its_contents(published_lima):
    soup = report_of(published_lima)

    contents = [a.get_text() for a in soup.select("nav.toc > ol > li > a")]
    assert contents == [
        "Objective",
        "Introduction",
        "Conceptual framework",
        "Summary",
        "Context",
        "Key findings",
        # No "Key sources": Lima's answers cite none, and an empty chapter is left out.
        "Annex: indicators and answers",
    ]
    assert soup.select_one("section#summary h2").get_text() == "Summary"
    assert soup.select_one("section#context h2").get_text() == "Context"


def test_the_summary_counts_the_findings_of_each_domain(published_lima):
    soup = report_of(published_lima)

    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in soup.select("section#summary tbody tr")
    ]
    assert rows[0] == ["1. Migrants' rights", "2", "1"]
    assert rows[1] == ["2. Whole of government approach", "2", "0"]
    assert len(rows) == 6
    text = squeeze(soup.select_one("section#summary").get_text())
    assert "found 12 examples of well-developed areas" in text
    assert "points to 6 areas with potential for further development" in text


def test_the_context_places_lima_in_peru_and_names_peru_s_national_profile(published_lima):
    text = squeeze(report_of(published_lima).select_one("section#context").get_text())

    assert "Lima is a local jurisdiction of Peru." in text
    assert "Peru belongs to the region Americas" in text
    assert "Migration Governance Profile: The Republic of Peru (December 2019)" in text


def test_a_local_report_without_an_introduction_says_what_the_profile_is(published_lima):
    introduction = report_of(published_lima).select_one("section#introduction").get_text()

    assert "assessment of Lima carried out in 2021" in squeeze(introduction)


def test_a_national_report_has_neither_summary_nor_context(published_peru):
    soup = report_of(published_peru)

    assert soup.select("section#summary, section#context") == []
    assert "Summary" not in [a.get_text() for a in soup.select("nav.toc a")]


def test_the_local_pdf_gives_summary_and_context_their_pages(published_lima, tmp_path):
    require_poppler()
    from mgi.portal.pdf import render_profile_pdf

    pdf = tmp_path / "lima.pdf"
    pdf.write_bytes(render_profile_pdf(published_lima, "en"))
    pages = page_texts(pdf)

    headed = {page.split("\n\n", 2)[1].strip() for page in pages[2:] if page.count("\n\n") > 1}
    assert {"Summary", "Context"} <= headed


def test_the_annex_lists_every_indicator_with_its_answer(published_peru):
    from mgi.demo.answers import PUBLISHED_ANSWERS, apply_demo_answers, read_demo_answers

    answers = read_demo_answers(PUBLISHED_ANSWERS)
    apply_demo_answers(published_peru, answers)

    annex = report_of(published_peru).select_one("#annex")
    questions = annex.select(".annex-question")
    assert len(questions) == published_peru.framework.indicators.count()
    assert len(annex.select(".annex-answer")) == len(questions)
    assert questions[0].get_text().startswith("1.1.1 Do ")
    answer = questions[0].find_next_sibling("p").get_text()
    assert answer.startswith("Answer: Complete. ")
    assert answers["1.1.1"][1].split(".")[0] in answer


def test_an_annex_justification_in_markdown_reads_as_plain_text_with_its_links(published_peru):
    from mgi.assessments.models import Answer

    Answer.objects.create(
        assessment=published_peru,
        indicator=published_peru.framework.indicators.get(code="1.1.1"),
        justification="See [the *Health* Act](https://example.org/act) &\n\n- its rules",
    )

    first = report_of(published_peru).select_one("#annex .annex-answer").get_text()

    assert first == "Answer: —. See the Health Act (https://example.org/act) & its rules"


def test_the_framework_wheel_names_the_domains_in_the_reader_s_language(published_peru):
    spanish_names = [d.name["es"] for d in published_peru.framework.domains.order_by("number")]

    soup = report_of(published_peru, "es")

    labels = soup.select(".framework-wheel .wheel-label:not(.wheel-hub-label)")
    assert sorted(squeeze(label.get_text(" ")) for label in labels) == sorted(spanish_names)
    # The cover shows the ring alone: the names would only repeat the framework's page.
    assert soup.select(".cover-wheel .wheel-label:not(.wheel-hub-label)") == []
    assert len(soup.select(".cover-wheel svg path")) == 6


def test_the_annex_heads_each_domain_in_the_reader_s_language(published_peru):
    from mgi.demo.answers import PUBLISHED_ANSWERS, apply_demo_answers, read_demo_answers

    apply_demo_answers(published_peru, read_demo_answers(PUBLISHED_ANSWERS))
    domains = published_peru.framework.domains.order_by("number")

    headings = [h.get_text() for h in report_of(published_peru, "fr").select("#annex h3")]

    assert headings == [f"{d.number}. {d.name['fr']}" for d in domains]
