import pytest
from bs4 import BeautifulSoup

from mgi.assessments.models import Assessment
from mgi.profiles.models import Profile
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)


@pytest.fixture
def profile(make_profile):  # noqa: F811 (the fixture of that name)
    return make_profile


def _section(client, url: str, section_class: str):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("section", class_=section_class)


def test_a_local_profile_shows_the_country_findings_domain_by_domain(client, profile):
    profile("PER", 2015, findings=[(1, "well_developed", "Old national finding.", [])])
    profile(
        "PER",
        2019,
        findings=[
            (1, "well_developed", "Peru's migrants reach public health care.", []),
            (2, "potential", "Peru has no national migration strategy.", []),
        ],
    )
    profile("PER", 2023, status=Assessment.Status.DATA_COLLECTION)
    profile("PER", 2022, local="Lima", findings=[(1, "well_developed", "Lima runs a centre.", [])])
    section = _section(client, "/profiles/per-lima/2022/", "national-findings")
    text = section.get_text(" ", strip=True)
    assert "Peru" in text
    assert section.find("a", href="/profiles/per/2019/")
    domains = section.find_all("details")
    assert "Peru's migrants reach public health care." in domains[0].get_text()
    assert "Peru has no national migration strategy." in domains[1].get_text()
    assert domains[0].find("a", href="/profiles/per/2019/#domain-migrants-rights")
    assert "Old national finding." not in text


def test_a_local_profile_of_a_country_with_no_published_profile_says_so(client, profile):
    profile("PER", 2023, findings=[(1, "potential", "A draft finding.", [])], status="launch")
    profile("PER", 2022, local="Lima", findings=[(1, "well_developed", "Lima.", [])])
    section = _section(client, "/profiles/per-lima/2022/", "national-findings")
    assert "has no published national profile yet" in section.get_text()
    assert "A draft finding." not in section.get_text()


def test_a_national_profile_lists_its_published_local_profiles(client, profile):
    profile("PER", 2019, findings=[(1, "well_developed", "National.", [])])
    profile("PER", 2022, local="Lima", findings=[(1, "well_developed", "Lima.", [])])
    profile("PER", 2021, local="Cusco", status=Assessment.Status.GOVERNMENT_REVIEW)
    section = _section(client, "/profiles/per/2019/", "local-profiles")
    links = [(a["href"], a.get_text(strip=True)) for a in section.find_all("a")]
    assert links == [("/profiles/per-lima/2022/", "Lima 2022")]


def test_a_national_profile_without_local_ones_has_no_such_list(client, profile):
    profile("PER", 2019, findings=[(1, "well_developed", "National.", [])])
    assert _section(client, "/profiles/per/2019/", "local-profiles") is None


def test_a_local_profile_shows_its_competences(client, profile):
    lima = profile("PER", 2022, local="Lima", findings=[(1, "well_developed", "Lima.", [])])
    Profile.objects.filter(assessment=lima).update(
        competences={"en": "Lima registers residents.\n\nIt runs health centres."}
    )
    section = _section(client, "/profiles/per-lima/2022/", "competences")
    assert [p.get_text() for p in section.find_all("p")] == [
        "Lima registers residents.",
        "It runs health centres.",
    ]
    assert (
        client.get("/profiles/per-lima/2022/profile.json")
        .json()["competences"]
        .startswith("Lima registers")
    )
