"""The demo's draft is in government review, and every demo account finds work in its inbox."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from mgi.assessments.models import Answer, Assessment, Comment
from mgi.workspace.inbox import build_inbox


@pytest.fixture
def demo(db):
    call_command("demo", no_serve=True, stdout=io.StringIO())


def inbox_of(username: str) -> list[tuple[str, str]]:
    user = get_user_model().objects.get(username=username)
    return [(entry.kind, entry.text) for group in build_inbox(user) for entry in group.entries]


def test_each_demo_role_finds_something_in_its_inbox(demo):
    assert inbox_of("coordinator") == [
        ("mention", "Lucía Torres mentioned you on indicator 1.1.2"),
        ("open", "Lucía Torres waits for an answer on indicator 6.5.1"),
    ]
    assert inbox_of("researcher") == [
        ("your_work", "Lucía Torres commented on indicator 1.1.2, which you edited"),
        ("reply", "Lucía Torres replied after you on indicator 6.5.1"),
    ]
    assert inbox_of("focal-point") == [
        ("mention", "Ana Quispe mentioned you on indicator 2.5.3"),
        ("step", "Peru 2023 waits for the government's review"),
    ]


def test_the_draft_stays_unpublished_and_incomplete_and_a_second_run_adds_no_comment(demo):
    comments = Comment.objects.count()

    call_command("demo", no_serve=True, stdout=io.StringIO())

    draft = Assessment.objects.get(round_year=2023)
    assert draft.status == "government_review"
    assert Answer.objects.filter(assessment=draft, option=None).exists()
    assert Comment.objects.count() == comments == 5


def test_the_demo_accounts_have_full_names(demo):
    names = dict(get_user_model().objects.values_list("username", "first_name"))
    assert names["researcher"] == "Ana" and names["focal-point"] == "Lucía"
