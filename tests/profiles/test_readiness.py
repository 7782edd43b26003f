"""The checklist before each step, and the refusal of publication while the profile has gaps."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.comments import add_comment
from mgi.assessments.errors import NotReady
from mgi.assessments.models import Assessment, Transition
from mgi.assessments.workflow import move_assessment
from mgi.frameworks.models import Domain
from mgi.profiles.models import Finding, Profile
from mgi.profiles.publication import publish_assessment
from mgi.profiles.readiness import assess_readiness, is_placeholder
from tests.profiles.complete import complete_for_publication
from tests.workspace.conftest import set_status

S = Assessment.Status


@pytest.fixture
def complete(draft):
    complete_for_publication(draft)
    return draft


def answer(assessment, user, code, option, justification=""):
    current = assessment.answers.get(indicator__code=code)
    save_answer(current, current.version, AnswerEdit(option, justification, []), user)


def clear_answer(assessment, code):
    assessment.answers.filter(indicator__code=code).update(option=None)


def test_a_complete_assessment_has_no_gap_and_is_published(cast, complete):
    set_status(complete, S.VALIDATED)

    assert assess_readiness(complete).blocking == []
    publish_assessment(complete, cast["coordinator"])

    assert Assessment.objects.get(pk=complete.pk).status == S.PUBLISHED


def test_unanswered_indicators_are_listed_per_domain_and_stop_publication(cast, complete):
    clear_answer(complete, "1.1.2")
    clear_answer(complete, "1.2.1")
    clear_answer(complete, "3.1.1")
    set_status(complete, S.VALIDATED)

    readiness = assess_readiness(complete)
    by_domain = {d.number: d.unanswered for d in readiness.domains}
    assert by_domain[1] == ["1.1.2", "1.2.1"] and by_domain[3] == ["3.1.1"]
    with pytest.raises(NotReady) as refusal:
        publish_assessment(complete, cast["coordinator"])

    assert "3 indicators are unanswered: 1.1.2, 1.2.1, 3.1.1" in str(refusal.value)
    assert Assessment.objects.get(pk=complete.pk).status == S.VALIDATED
    assert Profile.objects.get(assessment=complete).published_at is None


def test_a_not_assessed_answer_counts_as_an_answer(cast, complete):
    answer(complete, cast["researcher"], "1.1.2", "not_assessed", "No data could be found.")

    assert "1.1.2" not in assess_readiness(complete).unanswered


def test_a_long_list_of_unanswered_indicators_names_twelve_and_counts_the_rest(cast, draft):
    readiness = assess_readiness(draft)
    total = readiness.total_indicators

    sentence = readiness.blocking[0]

    assert sentence.startswith(f"{total} indicators are unanswered: 1.1.1, ")
    assert sentence.endswith(f", and {total - 12} more")


def test_a_domain_without_a_finding_stops_publication(cast, complete):
    partnerships = Domain.objects.get(framework=complete.framework, number=3)
    Finding.objects.filter(assessment=complete, domain=partnerships).delete()
    set_status(complete, S.VALIDATED)

    with pytest.raises(NotReady) as refusal:
        publish_assessment(complete, cast["coordinator"])

    name = partnerships.name["en"]
    assert refusal.value.gaps == [f"domain 3 ({name}) has no finding"]
    assert [d.number for d in assess_readiness(complete).domains_without_findings] == [3]


@pytest.mark.parametrize("text", ["title", "introduction"])
def test_an_empty_english_title_or_introduction_stops_publication(cast, complete, text):
    # Spanish alone is not enough: the profile is first published in English.
    Profile.objects.filter(assessment=complete).update(**{text: {"es": "Texto"}})
    set_status(complete, S.VALIDATED)

    with pytest.raises(NotReady) as refusal:
        publish_assessment(complete, cast["coordinator"])

    assert refusal.value.gaps == [f"the {text} is empty"]


def test_the_refusal_names_every_gap_at_once(cast, complete):
    clear_answer(complete, "1.1.2")
    Finding.objects.filter(assessment=complete, domain__number=3).delete()
    Profile.objects.filter(assessment=complete).update(introduction={})
    set_status(complete, S.VALIDATED)

    with pytest.raises(NotReady) as refusal:
        publish_assessment(complete, cast["coordinator"])

    message = str(refusal.value)
    assert "1 indicator is unanswered: 1.1.2" in message
    assert "domain 3 (" in message and "has no finding" in message
    assert "the introduction is empty" in message


def test_a_direct_move_to_published_is_refused_even_for_a_complete_assessment(cast, complete):
    set_status(complete, S.VALIDATED)

    with pytest.raises(NotReady):
        move_assessment(complete, S.PUBLISHED, cast["coordinator"])

    assert Assessment.objects.get(pk=complete.pk).status == S.VALIDATED
    assert not Transition.objects.filter(assessment=complete, to_status=S.PUBLISHED).exists()


def test_open_comment_threads_are_counted(cast, complete):
    finding = Finding.objects.filter(assessment=complete).first()
    add_comment(complete, cast["researcher"], "Check this", finding=finding)
    add_comment(complete, cast["researcher"], "And this", answer=complete.answers.first())

    readiness = assess_readiness(complete)

    assert readiness.open_threads == 2
    assert readiness.can_publish  # comments are for the team to weigh, not a gate


def test_texts_missing_in_a_language_are_counted_per_language(cast, complete):
    Profile.objects.filter(assessment=complete).update(
        title={"en": "Profile", "es": "Perfil", "fr": "Profil"},
        introduction={"en": "Intro", "es": "Introducción"},
    )
    first = Finding.objects.filter(assessment=complete).order_by("pk").first()
    first.text = {"en": "One", "es": "Uno", "fr": "Un"}
    first.save()
    findings = Finding.objects.filter(assessment=complete).count()

    languages = {status.code: status for status in assess_readiness(complete).languages}

    assert languages["en"].complete
    assert (languages["es"].has_introduction, languages["es"].findings_missing) == (
        True,
        findings - 1,
    )
    assert (languages["fr"].has_title, languages["fr"].has_introduction) == (True, False)
    assert not languages["fr"].complete


@pytest.mark.parametrize(
    "text",
    [
        "Demo answer: replace with the evidence.",
        "Lorem ipsum dolor sit amet.",
        "TODO: find the decree",
        "Article TBD of the law",
        "Placeholder until the ministry answers",
    ],
)
def test_placeholder_and_demo_justifications_are_flagged(cast, complete, text):
    answer(complete, cast["researcher"], "1.1.1", "complete", text)

    gaps = assess_readiness(complete).justifications

    assert [(g.code, g.placeholder) for g in gaps] == [("1.1.1", True)]


def test_an_empty_justification_is_flagged(cast, complete):
    answer(complete, cast["researcher"], "1.1.1", "complete", "")

    gaps = assess_readiness(complete).justifications

    assert [(g.code, g.placeholder) for g in gaps] == [("1.1.1", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Todo el territorio nacional está cubierto por la ley.",
        "The law replaced the 2002 decree.",
        "Datos de todos los ministerios.",
    ],
)
def test_ordinary_justifications_are_not_taken_for_placeholders(text):
    assert not is_placeholder(text)


def test_the_demo_drafts_placeholder_justifications_are_caught():
    from mgi.demo.answers import DRAFT_ANSWERS, read_demo_answers

    placeholders = [
        code
        for code, (_o, text) in read_demo_answers(DRAFT_ANSWERS).items()
        if is_placeholder(text)
    ]

    assert placeholders == ["1.1.1", "1.5.1", "2.1.1"]


def test_the_checklist_costs_the_same_few_queries_whatever_the_content(cast, complete):
    with CaptureQueriesContext(connection) as few:
        assess_readiness(complete)
    clear_answer(complete, "1.1.2")
    Finding.objects.filter(assessment=complete, domain__number=2).delete()
    with CaptureQueriesContext(connection) as again:
        assess_readiness(complete)

    assert len(few) == len(again) <= 7
