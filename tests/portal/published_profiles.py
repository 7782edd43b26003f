"""Published profiles made with the platform's own services, for comparison and explorer tests."""

import textwrap

import pytest

from mgi.assessments.answers import AnswerEdit, SourceFields, add_source, save_answer
from mgi.assessments.models import Assessment
from mgi.assessments.team import make_coordinator
from mgi.frameworks.loading import load_framework
from mgi.places.services import get_or_create_country, get_or_create_local
from mgi.profiles.drafting import add_finding
from mgi.profiles.models import Profile
from mgi.profiles.rounds import create_assessment, start_correction


@pytest.fixture
def coordinator(db, django_user_model):
    user = django_user_model.objects.create_user("coordinator", "c@example.org", "a-long-password")
    make_coordinator(user)
    return user


@pytest.fixture
def make_profile(coordinator, national_framework):
    """make_profile("PER", 2019, answers={"1.1.1": ("complete", "why")}, findings=[...])

    findings are (domain number, kind, text, [indicator codes]); sources map indicator codes to
    lists of SourceFields; `local` names a city of the
    country; `status` other than published leaves a draft in that phase.
    """

    def make(
        country: str,
        round_year: int,
        *,
        answers: dict | None = None,
        findings: list | None = None,
        local: str | None = None,
        status: str = Assessment.Status.PUBLISHED,
        date: str | None = None,
        framework=None,
        sources: dict | None = None,
    ) -> Assessment:
        framework = framework or national_framework
        place = get_or_create_country(country)
        if local:
            place = get_or_create_local(place, local)
        assessment = create_assessment(place, framework, round_year, coordinator)
        for code, (option, justification) in (answers or {}).items():
            answer = assessment.answers.select_related("indicator").get(indicator__code=code)
            ids = [add_source(assessment, f, coordinator).pk for f in (sources or {}).get(code, [])]
            save_answer(answer, answer.version, AnswerEdit(option, justification, ids), coordinator)
        domains = {d.number: d for d in framework.domains.all()}
        for number, kind, text, codes in findings or []:
            add_finding(assessment, domains[number], kind, text, codes, coordinator)
        Profile.objects.filter(assessment=assessment).update(
            title={"en": f"Migration Governance Profile: {place.name}"},
            date=date or f"{round_year}-06",
        )
        Assessment.objects.filter(pk=assessment.pk).update(status=status)
        assessment.refresh_from_db()
        return assessment

    return make


SMALL_FRAMEWORK = """
format: 1
code: small
version: "1"
kind: national
title: A two-domain framework for tests
scales:
  - code: presence
    options:
      - {code: complete, label: Complete, value: 1}
      - {code: partial, label: Partial, value: 0.5}
      - {code: absent, label: Absent, value: 0}
      - {code: not_assessed, label: Not assessed, value: null}
domains:
  - number: 1
    slug: rights
    name: Rights
    colour: "#1f5fa8"
    areas:
      - number: 1
        name: Services
        indicators:
          - {code: "1.1.1", question: "Health care for all?", scale: presence, crosswalk: ["1a"]}
          - {code: "1.1.2", question: "Schools for all?", scale: presence, crosswalk: ["1b"]}
  - number: 2
    slug: government
    name: Government
    colour: "#6d3a86"
    areas:
      - number: 1
        name: Institutions
        indicators:
          - {code: "2.1.1", question: "A migration agency?", scale: presence, crosswalk: ["2a"]}
"""


@pytest.fixture
def small_framework(db, tmp_path):
    """Two domains, three indicators: small enough to pin whole payloads."""
    path = tmp_path / "small.yaml"
    path.write_text(textwrap.dedent(SMALL_FRAMEWORK))
    return load_framework(path).framework


# In every text of a correction under way, and of a new round in data collection: no public
# surface may show it.
DRAFT_WORD = "unpublishedcorrigendum"


@pytest.fixture
def peru_under_correction(make_profile, coordinator, small_framework):
    """Peru 2019 and 2022 published; a correction of 2022 (revision 2) and a 2023 round in data
    collection, each with the draft word in its title, finding, answer and source."""
    make_profile(
        "PER",
        2019,
        framework=small_framework,
        answers={"1.1.1": ("partial", "Clinics in the capital.")},
        findings=[(1, "well_developed", "Clinics serve migrants.", ["1.1.1"])],
    )
    published = make_profile(
        "PER",
        2022,
        framework=small_framework,
        answers={"1.1.1": ("complete", "A health law for all.")},
        findings=[(1, "well_developed", "Health care is open to all.", ["1.1.1"])],
        sources={"1.1.1": [SourceFields("Health law 2021", "law")]},
    )
    correction = start_correction(published, coordinator, f"Fixes {DRAFT_WORD}")
    new_round = make_profile(
        "PER", 2023, framework=small_framework, status=Assessment.Status.DATA_COLLECTION
    )
    for draft in (correction, new_round):
        _write_the_draft_word(draft, coordinator)
    return published


def _write_the_draft_word(draft: Assessment, user) -> None:
    Profile.objects.filter(assessment=draft).update(
        title={"en": f"Profile {DRAFT_WORD}"}, introduction={"en": DRAFT_WORD}
    )
    draft.findings.update(text={"en": f"Finding {DRAFT_WORD}"})
    draft.sources.update(title=f"Source {DRAFT_WORD}")
    answer = draft.answers.get(indicator__code="1.1.1")
    source = add_source(draft, SourceFields(f"Decree {DRAFT_WORD}", "law"), user)
    edit = AnswerEdit("absent", f"Justification {DRAFT_WORD}", [source.pk])
    save_answer(answer, answer.version, edit, user)
