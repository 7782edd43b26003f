"""Refused workspace forms come back with what was typed, and the error names field and value."""

from bs4 import BeautifulSoup

from mgi.assessments.models import Membership, Source
from mgi.assessments.team import make_coordinator
from mgi.frameworks.models import Framework
from mgi.profiles.drafting import add_finding
from mgi.profiles.models import Finding
from tests.workspace.conftest import PASSWORD


def ws(draft, rest: str = "") -> str:
    return f"/workspace/assessments/{draft.pk}/{rest}"


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def errors_of(response) -> list[str]:
    return [p.get_text() for p in soup_of(response).select(".field-error")]


def test_a_new_finding_with_an_unknown_indicator_code_keeps_its_text(client, cast, draft):
    client.login(username="researcher", password=PASSWORD)

    response = client.post(
        ws(draft, "findings/new/"),
        {
            "prefix": "d2",
            "d2-domain": 2,
            "d2-kind": "potential",
            "d2-text": "Peru could publish its integration strategy.",
            "d2-indicators": "2.1.1, 9.9.9",
        },
    )

    assert response.status_code == 400
    assert errors_of(response) == ["Indicator code “9.9.9” is not in this framework."]
    soup = soup_of(response)
    assert soup.select_one("#id_d2-text").get_text().strip() == (
        "Peru could publish its integration strategy."
    )
    assert soup.select_one("#id_d2-indicators")["value"] == "2.1.1, 9.9.9"
    assert soup.select_one("#id_d2-text").find_parent("details").has_attr("open")
    assert not Finding.objects.exists()


def test_an_edited_finding_with_a_code_of_another_domain_keeps_its_text(client, cast, draft):
    finding = add_finding(
        draft, draft.framework.domains.get(number=2), "potential", "First", [], cast["researcher"]
    )
    client.login(username="researcher", password=PASSWORD)

    response = client.post(
        ws(draft, f"findings/{finding.pk}/"),
        {"version": 1, "text": "Rewritten with care", "indicators": "1.1.1"},
    )

    assert response.status_code == 400
    assert errors_of(response) == [
        "Indicator code “1.1.1” is in domain 1: a finding rests on indicators of its domain (2)."
    ]
    assert soup_of(response).select_one("#id_text").get_text().strip() == "Rewritten with care"
    finding.refresh_from_db()
    assert finding.text == {"en": "First"}


def test_a_source_with_a_bad_address_is_refused_on_the_sources_page(client, cast, draft):
    client.login(username="researcher", password=PASSWORD)

    response = client.post(
        ws(draft, "sources/"), {"title": "Migration Act", "kind": "law", "url": "htp//x"}
    )

    assert response.status_code == 400
    assert errors_of(response) == ["Web address: “htp//x” is not a valid web address."]
    assert soup_of(response).select_one("#id_title")["value"] == "Migration Act"


def test_an_edited_source_with_a_bad_date_keeps_the_typed_values(client, cast, draft):
    source = Source.objects.create(assessment=draft, title="Migration Act", kind="law")
    client.login(username="researcher", password=PASSWORD)

    response = client.post(
        ws(draft, f"sources/{source.pk}/"),
        {"version": 1, "title": "Migration Act 2017", "kind": "law", "date": "6 January"},
    )

    assert response.status_code == 400
    assert errors_of(response) == [
        "Date: “6 January” is not a date; write it as YYYY-MM-DD (2017-01-06)."
    ]
    assert soup_of(response).select_one("#id_title")["value"] == "Migration Act 2017"
    source.refresh_from_db()
    assert source.title == "Migration Act"


def test_adding_an_unknown_user_to_the_team_keeps_what_was_typed(client, cast, draft):
    client.login(username="coordinator", password=PASSWORD)

    response = client.post(ws(draft, "team/"), {"username": "mruiz", "role": "focal_point"})

    assert response.status_code == 400
    assert errors_of(response) == ["User name: there is no user called “mruiz”."]
    soup = soup_of(response)
    assert soup.select_one("#id_username")["value"] == "mruiz"
    assert soup.select_one("#id_role option[selected]")["value"] == "focal_point"
    assert Membership.objects.filter(assessment=draft).count() == 3


def test_a_new_assessment_for_an_unknown_country_keeps_what_was_typed(
    client, cast, national_framework
):
    client.login(username="coordinator", password=PASSWORD)

    response = client.post(
        "/workspace/assessments/new/",
        {"place": "Atlantis", "framework": national_framework.pk, "round_year": "2024"},
    )

    assert response.status_code == 400
    (error,) = errors_of(response)
    assert error.startswith("Country: “Atlantis” is refused")
    assert soup_of(response).select_one("#id_place")["value"] == "Atlantis"


def test_a_new_assessment_with_a_bad_year_names_the_value(client, cast, national_framework):
    client.login(username="coordinator", password=PASSWORD)

    response = client.post(
        "/workspace/assessments/new/",
        {"place": "PER", "framework": national_framework.pk, "round_year": "20x4"},
    )

    assert errors_of(response) == ["Round (year): “20x4” is not a year from 2015 to 2100."]


def test_the_only_framework_is_chosen_for_a_new_assessment(client, cast, national_framework):
    client.login(username="coordinator", password=PASSWORD)

    soup = soup_of(client.get("/workspace/assessments/new/"))

    options = soup.select("#id_framework option")
    assert [(o["value"], o.has_attr("selected")) for o in options] == [
        (str(national_framework.pk), True)
    ]


def test_the_newest_national_framework_is_chosen_among_several(client, cast, national_framework):
    older = Framework.objects.create(
        code=national_framework.code, version="2019.1", kind="national", title={"en": "Old"}
    )
    make_coordinator(cast["researcher"])
    client.login(username="researcher", password=PASSWORD)

    soup = soup_of(client.get("/workspace/assessments/new/"))

    selected = soup.select_one("#id_framework option[selected]")
    assert selected["value"] == str(national_framework.pk) != str(older.pk)
    assert soup.select_one("#id_framework option[value='']") is not None
