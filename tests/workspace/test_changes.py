"""A draft's team sees what changed since the place's last published profile; nobody else does."""

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.places.services import get_or_create_country
from mgi.profiles.drafting import add_finding
from mgi.profiles.rounds import create_assessment
from tests.workspace.conftest import PASSWORD, set_status


def answer(assessment, user, code: str, option: str, justification: str) -> None:
    row = assessment.answers.get(indicator__code=code)
    save_answer(row, row.version, AnswerEdit(option, justification, []), user)


@pytest.fixture
def published_2019(cast, national_framework):
    coordinator = cast["coordinator"]
    assessment = create_assessment(
        get_or_create_country("PER"), national_framework, 2019, coordinator
    )
    answer(assessment, coordinator, "1.1.1", "partial", "Emergency care only.")
    answer(assessment, coordinator, "2.1.1", "complete", "The migration authority.")
    domain = national_framework.domains.get(number=1)
    add_finding(assessment, domain, "potential", "Health care is limited.", ["1.1.1"], coordinator)
    set_status(assessment, "published")
    return assessment


@pytest.fixture
def answered_draft(cast, draft, published_2019):
    answer(draft, cast["researcher"], "1.1.1", "complete", "The 2021 reform opens *all* care.")
    answer(draft, cast["researcher"], "1.1.2", "complete", "Every child may enrol.")
    domain = draft.framework.domains.get(number=1)
    add_finding(
        draft, domain, "well_developed", "Health care is open to all.", [], cast["researcher"]
    )
    return draft


def url(draft, suffix: str = "") -> str:
    return f"/workspace/assessments/{draft.pk}/changes/{suffix}"


@pytest.mark.parametrize("person", ["coordinator", "researcher", "focal_point"])
def test_the_team_sees_what_changed_since_the_published_round(client, answered_draft, person):
    client.login(username=person, password=PASSWORD)

    response = client.get(url(answered_draft))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "since the published profile of Peru 2019" in soup.h1.get_text()
    rows = soup.select("table.changes-table tbody tr")
    assert [r.th.select_one(".code").get_text() for r in rows] == ["1.1.1", "1.1.2"]
    assert (
        rows[0].select_one("td.before").get_text(" ", strip=True) == "Partial Emergency care only."
    )
    assert rows[0].select_one("td.after em").get_text() == "all"
    assert soup.select_one("ins").get_text() == "Health care is open to all."
    assert soup.select_one("del").get_text() == "Health care is limited."
    assert "2.1.1" in soup.select_one("details").get_text()


def test_the_json_sibling_is_pinned(client, answered_draft):
    client.login(username="researcher", password=PASSWORD)

    data = client.get(url(answered_draft, "changes.json")).json()

    peru = {"code": "PER", "name": "Peru", "kind": "country"}
    assert data["assessment"] == {
        "place": peru,
        "round": 2023,
        "revision": 1,
        "status": "data_collection",
    }
    assert data["changes"]["from"] == {
        "place": peru,
        "round": 2019,
        "revision": 1,
        "status": "published",
        "url": "/profiles/per/2019/",
    }
    assert data["changes"]["to"] == data["assessment"]
    assert [row["indicator"] for row in data["changes"]["answers_changed"]] == ["1.1.1", "1.1.2"]
    assert data["changes"]["answers_changed"][1]["before"] == {
        "option": None,
        "option_label": "",
        "justification": "",
    }
    assert data["changes"]["not_answered_in_newer"] == [
        {
            "indicator": "2.1.1",
            "question": "Is there a dedicated government agency responsible for implementing "
            "migration policy?",
        }
    ]


@pytest.mark.parametrize("person", ["outsider", "chile_focal_point"])
def test_people_without_a_role_get_404(client, answered_draft, person):
    client.login(username=person, password=PASSWORD)

    assert client.get(url(answered_draft)).status_code == 404
    assert client.get(url(answered_draft, "changes.json")).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client, answered_draft):
    response = client.get(url(answered_draft))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_overview_links_to_the_changes_and_shows_the_results(client, answered_draft):
    client.login(username="researcher", password=PASSWORD)

    soup = BeautifulSoup(
        client.get(f"/workspace/assessments/{answered_draft.pk}/").content, "html.parser"
    )

    results = soup.select_one("section.results")
    assert results.select_one(f"a[href='{url(answered_draft)}']") is not None
    assert results.select_one("svg[role=img]") is not None
    assert results.select_one("table.sdg-table") is not None


def test_without_a_published_round_there_is_nothing_to_compare(client, draft):
    client.login(username="researcher", password=PASSWORD)

    body = client.get(url(draft)).content.decode()
    overview = client.get(f"/workspace/assessments/{draft.pk}/").content.decode()

    assert "no earlier published profile" in body
    assert url(draft) not in overview
