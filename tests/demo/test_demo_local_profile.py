"""The demo's illustrative local profile: Metropolitan Lima 2022, under Peru."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from mgi.assessments.models import Assessment
from mgi.places.models import Place


@pytest.fixture
def demo(db):
    call_command("demo", no_serve=True, stdout=io.StringIO())


def test_the_demo_publishes_lima_as_a_local_place_of_peru_with_coordinates(demo):
    lima = Place.objects.get(code="PER-LIMA")
    assert (lima.kind, lima.parent.code, lima.local_kind) == ("local", "PER", "municipality")
    assert lima.subdivision_code == "PE-LMA"
    assert -13 < lima.latitude < -11 and -78 < lima.longitude < -76
    assessment = Assessment.objects.newest_revisions().get(place=lima)
    assert assessment.round_year == 2022
    assert "Immigration control" in assessment.profile.competences["en"]
    assert assessment.findings.count() == 13


def test_the_lima_page_says_it_is_illustrative_and_reads_beside_peru(client, demo):
    page = BeautifulSoup(client.get("/profiles/per-lima/2022/").content, "html.parser")
    assert "illustrative" in page.find("section", class_="key-findings").get_text()
    national = page.find("section", class_="national-findings")
    # Peru's newest published round: the demo's illustrative 2021 round.
    assert national.find("a", href="/profiles/per/2021/")
    assert page.find("section", class_="competences")
    peru = BeautifulSoup(client.get("/profiles/per/2021/").content, "html.parser")
    assert peru.find("section", class_="local-profiles").find("a", href="/profiles/per-lima/2022/")


def test_lima_reads_in_spanish_under_its_spanish_name(client, demo):
    page = BeautifulSoup(client.get("/es/profiles/per/2019/").content, "html.parser")
    links = page.find("section", class_="local-profiles").find_all("a")
    assert [a.get_text(strip=True) for a in links] == ["Lima Metropolitana 2022"]
