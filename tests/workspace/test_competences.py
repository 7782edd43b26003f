"""The competences of a local authority, entered on the assessment, and the answer they allow."""

import pytest
from bs4 import BeautifulSoup

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.competences import save_competences
from mgi.assessments.errors import AssessmentError
from mgi.assessments.models import AuditRecord, LocalCompetences
from tests.workspace.conftest import PASSWORD


@pytest.fixture
def researcher(client, cast):
    client.login(username="researcher", password=PASSWORD)
    return client


def address(assessment) -> str:
    return f"/workspace/assessments/{assessment.pk}/competences/"


def held(assessment) -> set[str]:
    return set(assessment.local_competences.held.values_list("code", flat=True))


def ticked(body: str) -> set[str]:
    soup = BeautifulSoup(body, "html.parser")
    return {box["value"] for box in soup.select("input[name=held][checked]")}


def test_a_researcher_records_the_competences_and_the_change_is_logged(researcher, local_draft):
    page = researcher.get(address(local_draft))
    assert page.status_code == 200
    assert "Housing" in page.content.decode()

    response = researcher.post(
        address(local_draft), {"version": 0, "held": ["health", "housing"]}, follow=True
    )

    assert response.redirect_chain[-1][0] == address(local_draft)
    assert "The competences are saved." in response.content.decode()
    assert held(local_draft) == {"health", "housing"}
    assert ticked(response.content.decode()) == {"health", "housing"}
    record = AuditRecord.objects.get(action="edit_competences")
    assert (record.actor.username, record.before, record.after) == (
        "researcher",
        None,
        {"held": ["health", "housing"], "version": 1},
    )


def test_a_save_from_an_old_version_is_refused_and_keeps_what_was_ticked(
    researcher, local_draft, cast
):
    save_competences(local_draft, 0, ["education"], cast["coordinator"])

    response = researcher.post(address(local_draft), {"version": 0, "held": ["health"]})

    assert response.status_code == 409
    assert "saved by someone else" in response.content.decode()
    assert ticked(response.content.decode()) == {"health"}
    assert held(local_draft) == {"education"}
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("input[name=version]")["value"] == "1"


def test_an_unknown_competence_is_refused_naming_it(researcher, local_draft):
    response = researcher.post(address(local_draft), {"version": 0, "held": ["transport"]})

    assert response.status_code == 400
    assert "“transport” is not a competence of this framework" in response.content.decode()
    assert not LocalCompetences.objects.filter(assessment=local_draft).exists()


def test_a_focal_point_reads_the_competences_but_cannot_change_them(client, local_draft, cast):
    save_competences(local_draft, 0, ["health"], cast["coordinator"])
    client.login(username="focal_point", password=PASSWORD)

    page = client.get(address(local_draft)).content.decode()
    refused = client.post(address(local_draft), {"version": 1, "held": ["housing"]})

    assert 'name="held"' not in page
    assert "Health" in page
    assert refused.status_code == 403
    assert held(local_draft) == {"health"}


def test_only_a_local_assessment_links_to_its_competences(researcher, local_draft, draft):
    local_page = researcher.get(f"/workspace/assessments/{local_draft.pk}/").content.decode()
    national_page = researcher.get(f"/workspace/assessments/{draft.pk}/").content.decode()

    assert address(local_draft) in local_page
    assert f"/assessments/{draft.pk}/competences/" not in national_page


def answer(assessment, code: str):
    return assessment.answers.select_related("indicator__competence").get(indicator__code=code)


def test_outside_local_competence_is_refused_until_the_competences_are_recorded(local_draft, cast):
    with pytest.raises(AssessmentError, match="record them first"):
        save_answer(
            answer(local_draft, "1.1.4"),
            1,
            AnswerEdit("outside_competence", "", []),
            cast["researcher"],
        )


def test_outside_local_competence_is_refused_where_the_authority_holds_the_competence(
    local_draft, cast
):
    save_competences(local_draft, 0, ["housing"], cast["coordinator"])

    with pytest.raises(AssessmentError, match="“Housing”, which the local authority holds"):
        save_answer(
            answer(local_draft, "1.1.4"),
            1,
            AnswerEdit("outside_competence", "", []),
            cast["researcher"],
        )


def test_outside_local_competence_is_refused_for_an_indicator_that_depends_on_none(
    local_draft, cast
):
    save_competences(local_draft, 0, [], cast["coordinator"])

    with pytest.raises(AssessmentError, match="depends on no competence"):
        save_answer(
            answer(local_draft, "1.5.2"),
            1,
            AnswerEdit("outside_competence", "", []),
            cast["researcher"],
        )


def test_outside_local_competence_is_saved_where_the_authority_lacks_the_competence(
    local_draft, cast, researcher
):
    save_competences(local_draft, 0, ["health"], cast["coordinator"])

    saved = save_answer(
        answer(local_draft, "1.1.4"),
        1,
        AnswerEdit("outside_competence", "Housing is run by the province.", []),
        cast["researcher"],
    )

    assert saved.option.code == "outside_competence"
    page = researcher.get(f"/workspace/assessments/{local_draft.pk}/answers/1.1.4/")
    assert "Depends on the local authority's competence: Housing." in page.content.decode()
    assert "does not hold it" in page.content.decode()


def test_the_page_lists_answers_outside_a_competence_the_authority_now_holds(
    researcher, local_draft, cast
):
    save_competences(local_draft, 0, [], cast["coordinator"])
    save_answer(
        answer(local_draft, "1.1.4"),
        1,
        AnswerEdit("outside_competence", "", []),
        cast["researcher"],
    )
    save_competences(local_draft, 1, ["housing"], cast["coordinator"])

    page = researcher.get(address(local_draft)).content.decode()

    assert f'/assessments/{local_draft.pk}/answers/1.1.4/"' in page


def test_a_version_no_save_ever_reached_is_refused_as_a_conflict(researcher, local_draft):
    response = researcher.post(address(local_draft), {"version": 3, "held": ["health"]})

    assert response.status_code == 409
    assert not LocalCompetences.objects.filter(assessment=local_draft).exists()


def test_the_history_tells_which_competences_were_added_and_removed(researcher, local_draft, cast):
    save_competences(local_draft, 0, ["health", "housing"], cast["coordinator"])
    save_competences(local_draft, 1, ["health", "education"], cast["researcher"])

    page = researcher.get(
        f"/workspace/assessments/{local_draft.pk}/history/?kind=competences"
    ).content.decode()
    text = " ".join(BeautifulSoup(page, "html.parser").get_text().split())

    assert "researcher recorded the competences of the local authority" in text
    assert "Now held: Education" in text
    assert "No longer held: Housing" in text
    assert "Now held: Health, Housing" in text
