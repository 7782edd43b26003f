"""The local chapter of the report names the competences the local authority holds."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from mgi.assessments.models import Assessment, LocalCompetences
from mgi.places.services import get_or_create_country, get_or_create_local
from mgi.profiles.models import Profile
from tests.portal.pdf_tools import page_texts, require_poppler, squeeze


@pytest.fixture
def published_coto_brus(local_framework):
    place = get_or_create_local(get_or_create_country("CRI"), "Coto Brus")
    assessment = Assessment.objects.create(
        place=place,
        framework=local_framework,
        round_year=2024,
        month=3,
        status=Assessment.Status.PUBLISHED,
    )
    Profile.objects.create(
        assessment=assessment,
        title={"en": "Migration Governance Profile: Coto Brus"},
        date="2024-03",
        published_at=timezone.now(),
    )
    return assessment


def hold(assessment, *codes: str) -> None:
    record = LocalCompetences.objects.create(assessment=assessment, version=1)
    record.held.set(assessment.framework.competences.filter(code__in=codes))


def context_of(assessment, language="en") -> str:
    from mgi.portal.pdf import report_html

    soup = BeautifulSoup(report_html(assessment, language), "html.parser")
    return squeeze(soup.select_one("section#context").get_text())


def test_the_context_names_the_competences_held_and_those_left_to_other_levels(
    published_coto_brus,
):
    hold(published_coto_brus, "health", "urban-planning", "emergency-management")

    text = context_of(published_coto_brus)

    assert (
        "Policy areas the local authority decides or runs itself: Health, Emergency management, "
        "Urban planning." in text
    )
    assert "lie with other levels of government: Education, Housing, Employment services" in text
    assert "“outside local competence”" in text


def test_the_competences_read_in_the_report_s_language(published_coto_brus):
    hold(published_coto_brus, "housing")

    text = context_of(published_coto_brus, "es")

    assert "Vivienda" in text
    assert "Salud, Educación" in text


def test_competences_not_yet_recorded_are_said_to_be_so(published_coto_brus):
    assert "were not recorded for this assessment" in context_of(published_coto_brus)


def test_the_local_pdf_lists_the_competences(published_coto_brus, tmp_path):
    require_poppler()
    from mgi.portal.pdf import render_profile_pdf

    hold(published_coto_brus, "health", "housing")
    pdf = tmp_path / "coto-brus.pdf"
    pdf.write_bytes(render_profile_pdf(published_coto_brus, "en"))

    text = squeeze(" ".join(page_texts(pdf)))
    assert "Competences of the local authority" in text
    assert "decides or runs itself: Health, Housing." in text
