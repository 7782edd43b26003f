import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.models import Assessment

PAGE = "/profiles/per/2019/"
EXPECTED_COUNTS = {  # domain slug -> (well-developed, potential), as on the published page
    "migrants-rights": (3, 1),
    "whole-of-government": (3, 0),
    "partnerships": (3, 1),
    "well-being": (3, 2),
    "mobility-crises": (3, 1),
    "safe-orderly-regular": (3, 1),
}


def soup_of(client, url=PAGE) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_it_shows_every_finding_in_its_domain_and_section(client, published_peru):
    soup = soup_of(client)

    counts = {}
    for slug in EXPECTED_COUNTS:
        section = soup.select_one(f"section#domain-{slug}")
        counts[slug] = (
            len(section.select("ul.well-developed li")),
            len(section.select("ul.potential li")),
        )
    assert counts == EXPECTED_COUNTS
    partnerships = soup.select_one("section#domain-partnerships")
    assert "private sector" in partnerships.select_one("ul.potential").get_text()
    assert (
        "Areas with potential"
        not in soup.select_one("section#domain-whole-of-government").get_text()
    )


def test_it_shows_the_title_date_introduction_and_what_each_domain_looks_at(client, published_peru):
    soup = soup_of(client)

    assert soup.h1.get_text() == "Migration Governance Profile: The Republic of Peru"
    assert soup.select_one(".profile-date time")["datetime"] == "2019-12"
    assert soup.select_one(".profile-date").get_text(strip=True) == "December 2019"
    assert (
        "six domains of the Migration Governance Indicators"
        in soup.select_one(".key-findings").get_text()
    )
    about = soup.select(".domain-summaries dt")
    assert [dt.get_text() for dt in about] == [
        "1. Migrants' rights",
        "2. Whole of government approach",
        "3. Partnerships",
        "4. Well-being of migrants",
        "5. Mobility dimensions of crises",
        "6. Safe, orderly and regular migration",
    ]
    assert all(len(dd.get_text()) > 100 for dd in soup.select(".domain-summaries dd"))


def test_the_wheel_is_an_svg_of_six_labelled_segments_linking_to_their_sections(
    client, published_peru
):
    soup = soup_of(client)

    segments = soup.select("svg.wheel a.wheel-segment")
    assert [a["href"] for a in segments] == [f"#domain-{slug}" for slug in EXPECTED_COUNTS]
    for segment in segments:
        assert segment.select_one("path")["d"].startswith("M")
        assert segment["aria-label"].startswith("Domain ")
        assert soup.select_one(segment["href"]) is not None
    labels = [" ".join(t.get_text(" ") for t in a.select("tspan")) for a in segments]
    assert labels[0] == "Migrants' rights"
    assert labels[5] == "Safe, orderly and regular migration"


def count_queries(client, url=PAGE) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_page_costs_the_same_number_of_queries_however_many_findings(client, published_peru):
    grow_profile(published_peru, extra_findings=1)
    small = count_queries(client)
    grow_profile(published_peru, extra_findings=40)

    large = count_queries(client)

    assert large == small
    assert small <= 10


def grow_profile(assessment, extra_findings: int) -> None:
    """More findings, each resting on an answered indicator with two sources."""
    from mgi.assessments.models import Answer, Source
    from mgi.profiles.models import Finding

    domain = assessment.framework.domains.get(number=1)
    indicators = list(assessment.framework.indicators.filter(area__domain=domain))
    for position in range(extra_findings):
        indicator = indicators[position % len(indicators)]
        answer, _ = Answer.objects.get_or_create(assessment=assessment, indicator=indicator)
        for n in range(2):
            answer.sources.add(
                Source.objects.create(
                    assessment=assessment, title=f"Law {position}-{n}", kind="law"
                )
            )
        finding = Finding.objects.create(
            assessment=assessment,
            domain=domain,
            kind="potential",
            text={"en": f"Extra finding {position}"},
            order=100 + position,
        )
        finding.indicators.set([indicator])


@pytest.mark.django_db
def test_an_unpublished_assessment_is_not_shown(client, published_peru):
    Assessment.objects.filter(pk=published_peru.pk).update(status=Assessment.Status.CONSULTATION)

    assert client.get(PAGE).status_code == 404
    assert client.get(PAGE + "profile.json").status_code == 404
    assert "Peru" not in client.get("/profiles/").content.decode()


def test_a_newer_revision_replaces_the_older_and_says_what_changed(
    client, published_peru, demo_profile_path
):
    from mgi.profiles.importing import import_profile, plan_profile_import

    corrected = demo_profile_path.read_bytes().replace(b"eight countries", b"nine countries")
    import_profile(plan_profile_import(corrected))

    soup = soup_of(client)
    findings = soup.select_one("section#domain-migrants-rights").get_text()
    assert "nine countries" in findings
    assert "eight countries" not in findings
    note = soup.select_one("div.correction-note")
    assert "Revision 2 corrects revision 1." in note.get_text()
    assert "nine countries" in note.select_one("ins").get_text()
    assert "eight countries" in note.select_one("del").get_text()
    old = soup_of(client, note.select_one("a")["href"])
    assert "eight countries" in old.select_one("section#domain-migrants-rights").get_text()
    assert "a later correction replaces" in old.select_one(".correction-note").get_text()


@pytest.mark.parametrize(("prefix", "language"), [("/es", "es"), ("/fr", "fr")])
def test_spanish_and_french_pages_live_under_their_prefix(client, published_peru, prefix, language):
    soup = soup_of(client, prefix + PAGE)

    assert soup.html["lang"] == language
    assert soup.h1.get_text() == "Migration Governance Profile: The Republic of Peru"
    switcher = {a["hreflang"]: a["href"] for a in soup.select("nav.languages a")}
    assert switcher == {"en": PAGE, "es": "/es" + PAGE, "fr": "/fr" + PAGE}


def test_the_profile_list_links_each_published_profile(client, published_peru):
    soup = soup_of(client, "/profiles/")

    links = [a["href"] for a in soup.select(".profile-list a")]
    assert links == [PAGE]


def test_an_unknown_profile_is_not_found(client, published_peru):
    assert client.get("/profiles/per/2018/").status_code == 404
    assert client.get("/profiles/xyz/2019/").status_code == 404


@pytest.mark.django_db
def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.parametrize("prefix", ["/es", "/fr"])
def test_drawing_numbers_use_a_decimal_point_in_every_language(client, published_peru, prefix):
    """Spanish and French write 268,5; SVG would read that as two numbers."""
    soup = soup_of(client, prefix + PAGE)

    coordinates = [
        element[name]
        for element in soup.select("svg text, svg tspan, svg rect")
        for name in ("x", "y", "width")
        if element.has_attr(name)
    ]
    assert len(coordinates) > 12
    assert not [value for value in coordinates if re.search(r"\d,\d", value)]
    assert "268.5" in coordinates
