"""A small cast for the workspace: a team on Peru's 2023 draft, and people without a role on it."""

import pytest
from django.contrib.auth import get_user_model

from mgi.assessments.models import Assessment, Membership, Role
from mgi.assessments.team import make_coordinator, make_focal_point
from mgi.places.services import get_or_create_country, get_or_create_local
from mgi.profiles.rounds import create_assessment

PASSWORD = "a-long-test-password"


def make_user(username: str):
    return get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)


@pytest.fixture
def cast(db):
    """coordinator, researcher and focal point of Peru; Chile's focal point; an outsider."""
    peru, chile = get_or_create_country("PER"), get_or_create_country("CHL")
    users = {
        name: make_user(name)
        for name in ("coordinator", "researcher", "focal_point", "chile_focal_point", "outsider")
    }
    make_coordinator(users["coordinator"])
    make_focal_point(users["focal_point"], peru)
    make_focal_point(users["chile_focal_point"], chile)
    return users


@pytest.fixture
def draft(cast, national_framework):
    """Peru 2023, in data collection, with its coordinator, researcher and focal point."""
    assessment = create_assessment(
        get_or_create_country("PER"), national_framework, 2023, cast["coordinator"]
    )
    Membership.objects.create(assessment=assessment, user=cast["researcher"], role=Role.RESEARCHER)
    Membership.objects.create(
        assessment=assessment, user=cast["focal_point"], role=Role.FOCAL_POINT
    )
    Assessment.objects.filter(pk=assessment.pk).update(status=Assessment.Status.DATA_COLLECTION)
    assessment.refresh_from_db()
    return assessment


@pytest.fixture
def local_draft(cast, local_framework):
    """Coto Brus (Costa Rica) 2024, a local assessment in data collection, with Peru's team."""
    place = get_or_create_local(get_or_create_country("CRI"), "Coto Brus")
    assessment = create_assessment(place, local_framework, 2024, cast["coordinator"])
    Membership.objects.create(assessment=assessment, user=cast["researcher"], role=Role.RESEARCHER)
    Membership.objects.create(
        assessment=assessment, user=cast["focal_point"], role=Role.FOCAL_POINT
    )
    Assessment.objects.filter(pk=assessment.pk).update(status=Assessment.Status.DATA_COLLECTION)
    assessment.refresh_from_db()
    return assessment


@pytest.fixture
def answer_of(draft):
    def get(code: str):
        return draft.answers.select_related("indicator", "option").get(indicator__code=code)

    return get


def set_status(assessment: Assessment, status: str) -> None:
    Assessment.objects.filter(pk=assessment.pk).update(status=status)
    assessment.refresh_from_db()
