"""Requests no page expects are refused with a 4xx, never a 500."""

import pytest

from mgi.assessments.creation import add_member, remove_member
from mgi.assessments.errors import AssessmentError
from mgi.assessments.models import Membership, Role
from tests.workspace.conftest import PASSWORD

HUGE = "99999999999999999999"


@pytest.mark.parametrize("suffix", ["", "profile.json", "profile.csv", "profile.pdf"])
def test_a_round_too_large_for_the_database_is_not_found(client, published_peru, suffix):
    assert client.get(f"/profiles/per/{HUGE}/{suffix}").status_code == 404


def test_more_query_parameters_than_allowed_on_the_api_are_a_bad_request(client, db):
    response = client.get("/api/v1/assessments?" + "&".join(["a=1"] * 1500))

    assert response.status_code == 400
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [b"username=\xff\xfeadmin&password=\xff", b"username=ad%00min&password=guess"],
    ids=["not utf-8", "a nul character"],
)
def test_a_sign_in_form_with_bytes_no_name_holds_is_refused_as_a_wrong_sign_in(client, db, body):
    response = client.generic(
        "POST", "/accounts/login/", body, content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("finding", ["abc", "1e3", HUGE, "-1"])
def test_a_comment_on_a_finding_that_is_no_number_is_not_found(client, cast, draft, finding):
    client.login(username="researcher", password=PASSWORD)

    response = client.post(
        f"/workspace/assessments/{draft.pk}/comments/", {"text": "A remark", "finding": finding}
    )

    assert response.status_code == 404
    assert not draft.comments.exists()


@pytest.mark.parametrize("membership_id", ["999999", HUGE])
def test_removing_a_team_member_who_does_not_exist_is_not_found(client, cast, draft, membership_id):
    client.login(username="coordinator", password=PASSWORD)
    members = draft.memberships.count()

    response = client.post(f"/workspace/assessments/{draft.pk}/team/{membership_id}/remove/")

    assert response.status_code == 404
    assert draft.memberships.count() == members


def test_the_last_coordinator_cannot_be_removed_or_demoted(client, cast, draft):
    coordinator = draft.memberships.get(role=Role.COORDINATOR)

    with pytest.raises(AssessmentError, match="only coordinator"):
        add_member(draft, "coordinator", Role.RESEARCHER, cast["coordinator"])
    with pytest.raises(AssessmentError, match="only coordinator"):
        remove_member(draft, coordinator.pk, cast["coordinator"])

    client.login(username="coordinator", password=PASSWORD)
    page = client.post(
        f"/workspace/assessments/{draft.pk}/team/",
        {"username": "coordinator", "role": Role.RESEARCHER},
        follow=True,
    ).content.decode()
    assert "only coordinator" in page
    assert Membership.objects.get(pk=coordinator.pk).role == Role.COORDINATOR


def test_a_coordinator_may_step_down_once_someone_else_coordinates(cast, draft):
    add_member(draft, "researcher", Role.COORDINATOR, cast["coordinator"])

    add_member(draft, "coordinator", Role.RESEARCHER, cast["coordinator"])

    assert list(
        draft.memberships.filter(role=Role.COORDINATOR).values_list("user__username", flat=True)
    ) == ["researcher"]
