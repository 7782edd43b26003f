"""Every workspace address and action, for every kind of person: allowed, refused, or hidden."""

import pytest
from django.urls import reverse

from mgi.assessments.answers import SourceFields, add_source
from mgi.assessments.comments import add_comment
from mgi.assessments.models import Assessment, Membership
from mgi.profiles.drafting import add_finding
from tests.workspace.conftest import PASSWORD

SECRET = "Unpublished draft wording 7f3a"
PEOPLE = ["anonymous", "outsider", "chile_focal_point", "focal_point", "researcher", "coordinator"]


@pytest.fixture
def stage(cast, draft):
    """A draft with a secret word in an answer, a source, a finding and a comment."""
    answer = draft.answers.get(indicator__code="1.1.1")
    answer.justification = SECRET
    answer.save()
    source = add_source(draft, SourceFields(title=SECRET, kind="law"), cast["researcher"])
    finding = add_finding(
        draft,
        draft.framework.domains.get(number=1),
        "potential",
        SECRET,
        ["1.1.1"],
        cast["researcher"],
    )
    comment = add_comment(draft, cast["researcher"], SECRET, answer=answer)
    membership = Membership.objects.get(assessment=draft, user=cast["researcher"])
    return {
        "assessment": draft,
        "source": source,
        "finding": finding,
        "comment": comment,
        "membership": membership,
    }


def url(name: str, stage: dict, **extra) -> str:
    return reverse(f"workspace:{name}", kwargs={"assessment_id": stage["assessment"].pk, **extra})


def pages(stage) -> list[str]:
    return [
        url("assessment", stage),
        url("questionnaire", stage),
        url("answer", stage, code="1.1.1"),
        url("sources", stage),
        url("source", stage, source_id=stage["source"].pk),
        url("findings", stage),
        url("finding", stage, finding_id=stage["finding"].pk),
        url("history", stage),
        url("diff", stage),
        url("workbook", stage),
    ]


def actions(stage) -> list[tuple[str, dict, set[str]]]:
    """(address, form data, who may do it) for every POST the workspace accepts."""
    editors = {"researcher", "coordinator"}
    answer_post = {"version": 1, "option": "complete", "justification": "x"}
    return [
        (url("answer", stage, code="1.1.2"), answer_post, editors),
        (url("sources", stage), {"title": "A law", "kind": "law"}, editors),
        (
            url("source", stage, source_id=stage["source"].pk),
            {"title": "Renamed", "kind": "law", "version": 1},
            editors,
        ),
        (url("profile-text", stage), {"title": "T", "introduction": "I", "version": 1}, editors),
        (url("finding-add", stage), {"domain": 1, "kind": "potential", "text": "New one"}, editors),
        (
            url("finding", stage, finding_id=stage["finding"].pk),
            {"text": "Edited", "version": 1},
            editors,
        ),
        (url("finding-move", stage, finding_id=stage["finding"].pk), {"direction": "up"}, editors),
        (url("comment-add", stage), {"text": "hello", "answer": "1.1.1"}, editors),
        (url("comment-resolve", stage, comment_id=stage["comment"].pk), {}, editors),
        (url("team-add", stage), {"username": "outsider", "role": "researcher"}, {"coordinator"}),
        (url("team-remove", stage, membership_id=stage["membership"].pk), {}, {"coordinator"}),
        (url("move", stage), {"target": "government_review"}, {"coordinator"}),
        (url("workbook-upload", stage), {}, editors),
        (url("finding-delete", stage, finding_id=stage["finding"].pk), {}, editors),
    ]


def client_for(client, cast, person):
    if person != "anonymous":
        assert client.login(username=person, password=PASSWORD)
    return client


@pytest.mark.parametrize("person", PEOPLE)
def test_workspace_pages_show_drafts_to_the_team_only(client, cast, stage, person):
    client = client_for(client, cast, person)
    for address in pages(stage):
        response = client.get(address)
        body = response.content.decode(errors="replace")
        if person == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif person in ("outsider", "chile_focal_point"):
            assert response.status_code == 404, address
        else:
            assert response.status_code == 200, address
            continue
        assert SECRET not in body, address


@pytest.mark.parametrize("person", PEOPLE)
def test_every_action_is_refused_to_those_without_the_right(client, cast, stage, person):
    client = client_for(client, cast, person)
    for address, data, allowed in actions(stage):
        response = client.post(address, data)
        body = response.content.decode(errors="replace")
        if person == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif person in ("outsider", "chile_focal_point"):
            assert response.status_code == 404, address
        elif person in allowed:
            assert response.status_code in (200, 302), (address, response.status_code)
        else:
            assert response.status_code == 403, (address, person, response.status_code)
        assert SECRET not in body or person in ("focal_point", "researcher", "coordinator")
    if person not in ("researcher", "coordinator"):
        stage["assessment"].refresh_from_db()
        assert stage["assessment"].status == Assessment.Status.DATA_COLLECTION
        assert stage["assessment"].answers.get(indicator__code="1.1.2").option is None


def test_a_focal_point_comments_only_in_the_governments_phases(client, cast, stage):
    client = client_for(client, cast, "focal_point")
    address = url("comment-add", stage)
    data = {"text": "From the ministry", "answer": "1.1.1"}

    assert client.post(address, data).status_code == 403
    for status in ("government_review", "consultation"):
        Assessment.objects.filter(pk=stage["assessment"].pk).update(status=status)
        assert client.post(address, data).status_code == 302
    assert stage["assessment"].comments.filter(author=cast["focal_point"]).count() == 2


def test_creating_assessments_needs_the_coordinators_right(client, cast, national_framework):
    new = reverse("workspace:assessment-new")
    data = {"place": "CHL", "framework": national_framework.pk, "round_year": 2024}

    client_for(client, cast, "researcher")
    assert client.get(new).status_code == 403
    assert client.post(new, data).status_code == 403
    client.logout()
    client_for(client, cast, "coordinator")
    response = client.post(new, data)
    assert response.status_code == 302
    created = Assessment.objects.get(place__code="CHL", round_year=2024)
    assert created.memberships.get().user == cast["coordinator"]
    assert created.answers.count() == national_framework.indicators.count()
