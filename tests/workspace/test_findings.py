import pytest

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, save_answer
from mgi.assessments.errors import AssessmentError, EditConflict
from mgi.assessments.models import Assessment
from mgi.profiles.drafting import (
    accept_suggestion,
    add_finding,
    delete_finding,
    edit_finding,
    move_finding,
    suggest_findings,
)
from mgi.profiles.models import Finding
from mgi.profiles.publication import take_step
from tests.profiles.complete import complete_for_publication


def answer(draft, user, code, option, justification="", sources=()):
    row = draft.answers.get(indicator__code=code)
    return save_answer(row, row.version, AnswerEdit(option, justification, list(sources)), user)


def texts(draft, domain=1, kind="well_developed"):
    return list(
        Finding.objects.filter(assessment=draft, domain__number=domain, kind=kind)
        .order_by("order")
        .values_list("text__en", flat=True)
    )


def test_answers_suggest_findings_from_the_frameworks_statements(cast, draft):
    researcher = cast["researcher"]
    answer(draft, researcher, "1.1.1", "complete")
    answer(draft, researcher, "1.5.1", "partial")
    answer(draft, researcher, "1.1.2", "absent")
    answer(draft, researcher, "1.1.3", "not_applicable")

    suggestions = {s.indicator_code: s for s in suggest_findings(draft)}

    assert set(suggestions) == {"1.1.1", "1.5.1", "1.1.2"}
    assert suggestions["1.1.1"].kind == "well_developed"
    assert suggestions["1.5.1"].kind == suggestions["1.1.2"].kind == "potential"
    template = draft.framework.indicators.get(code="1.1.1").statements["complete"]["en"]
    assert suggestions["1.1.1"].text == template.replace("{place}", "Peru")
    assert "{place}" not in suggestions["1.1.2"].text


def test_accepting_a_suggestion_makes_a_finding_linked_to_its_indicator(cast, draft):
    answer(draft, cast["researcher"], "1.1.1", "complete")

    finding = accept_suggestion(draft, "1.1.1", cast["researcher"])

    assert list(finding.indicators.values_list("code", flat=True)) == ["1.1.1"]
    assert finding.kind == "well_developed"
    assert [s.indicator_code for s in suggest_findings(draft)] == []


def test_editors_rewrite_reorder_add_and_drop_findings(cast, draft):
    user = cast["researcher"]
    domain = draft.framework.domains.get(number=1)
    first = add_finding(draft, domain, "well_developed", "First", ["1.1.1"], user)
    second = add_finding(draft, domain, "well_developed", "Second", [], user)
    third = add_finding(draft, domain, "well_developed", "Third", ["1.1.2", "1.1.3"], user)

    edit_finding(second, 1, "Second, rewritten", ["1.5.1"], user)
    move_finding(third, -1, user)
    delete_finding(Finding.objects.get(pk=first.pk), user)

    assert texts(draft) == ["Third", "Second, rewritten"]
    assert list(
        Finding.objects.filter(assessment=draft).values_list("order", flat=True).order_by("order")
    ) == [1, 2]
    assert list(Finding.objects.get(pk=second.pk).indicators.values_list("code", flat=True)) == [
        "1.5.1"
    ]
    with pytest.raises(EditConflict):
        edit_finding(Finding.objects.get(pk=second.pk), 1, "stale", [], user)


def test_a_finding_rests_only_on_indicators_of_its_own_domain(cast, draft):
    domain = draft.framework.domains.get(number=1)

    with pytest.raises(AssessmentError, match="its domain"):
        add_finding(draft, domain, "potential", "Text", ["2.1.1"], cast["researcher"])


def test_the_published_profile_shows_each_finding_with_its_evidence(client, cast, draft):
    researcher = cast["researcher"]
    law = add_source(
        draft,
        SourceFields(title="General Health Law", kind="law", url="https://example.org/health"),
        researcher,
    )
    answer(draft, researcher, "1.1.1", "complete", "Article 5 covers **every** migrant.", [law.pk])
    accept_suggestion(draft, "1.1.1", researcher)
    complete_for_publication(draft)
    for status, who in [
        ("government_review", "coordinator"),
        ("consultation", "coordinator"),
        ("validated", "focal_point"),
        ("published", "coordinator"),
    ]:
        take_step(draft, status, cast[who])

    body = client.get("/profiles/per/2023/").content.decode()

    assert "General Health Law" in body
    assert "<strong>every</strong>" in body
    assert 'href="https://example.org/health"' in body
    assert Assessment.objects.get(pk=draft.pk).status == "published"
