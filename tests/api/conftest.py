"""Open-data fixtures: a published assessment with answers, sources and findings in two languages,
and a draft whose every text holds a secret word that must never reach the public."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from mgi.api.tokens import create_token
from mgi.assessments.models import Assessment, Source
from mgi.frameworks.loading import load_framework
from mgi.frameworks.models import Domain, Indicator, ScaleOption
from mgi.places.models import Place
from mgi.places.services import get_or_create_country
from mgi.profiles.models import Finding
from mgi.profiles.rounds import create_assessment
from tests.workspace.conftest import cast, draft  # noqa: F401  (fixtures)

TINY_FRAMEWORK = Path(__file__).with_name("tiny-framework.yaml")
SECRET = "zanzibarquokka"


@pytest.fixture
def tiny_framework(db):
    return load_framework(TINY_FRAMEWORK).framework


def fill_assessment(assessment: Assessment, texts: dict) -> None:
    """Answers (with sources), findings in English and Spanish, and the profile's texts."""
    framework = assessment.framework
    options = {o.code: o for o in ScaleOption.objects.filter(scale__framework=framework)}
    law = Source.objects.create(
        assessment=assessment,
        title=texts["source_title"],
        kind=Source.Kind.LAW,
        citation=texts["citation"],
        url="https://example.org/ley-21325",
        date=datetime.date(2021, 4, 20),
    )
    health = assessment.answers.get(indicator__code="1.1.1")
    health.option = options["complete"]
    health.justification = texts["justification"]
    health.save()
    health.sources.set([law])
    region = assessment.answers.get(indicator__code="2.1.1")
    region.option = options["partial"]
    region.justification = "Observer in the regional conference."
    region.save()
    domains = {d.number: d for d in Domain.objects.filter(framework=framework)}
    finding = Finding.objects.create(
        assessment=assessment,
        domain=domains[1],
        kind=Finding.Kind.WELL_DEVELOPED,
        order=1,
        text=texts["finding"],
    )
    finding.indicators.set(Indicator.objects.filter(framework=framework, code="1.1.1"))
    Finding.objects.create(
        assessment=assessment,
        domain=domains[2],
        kind=Finding.Kind.POTENTIAL,
        order=1,
        text={"en": texts["finding"]["en"].replace("health", "regional")},
    )
    profile = assessment.profile
    profile.title = {"en": texts["title"]}
    profile.introduction = {"en": texts["introduction"]}
    profile.date = f"{assessment.round_year}-06"
    profile.save()


def publish_chile(coordinator, framework) -> Assessment:
    """Chile 2021, published, with answers, a source and two findings (in English and Spanish)."""
    assessment = create_assessment(get_or_create_country("CHL"), framework, 2021, coordinator)
    fill_assessment(
        assessment,
        {
            "source_title": "Ley de Migración y Extranjería",
            "citation": "Ley 21.325, artículo 15",
            "justification": "The **health law** opens every polyclinic to all migrants.",
            "finding": {
                "en": "Chile opens its public health services to all migrants.",
                "es": "Chile abre sus servicios públicos de salud a todas las personas migrantes.",
            },
            "title": "Migration Governance Profile: Chile",
            "introduction": "An overview of Chile's migration governance.",
        },
    )
    assessment.profile.published_at = timezone.now()
    assessment.profile.save()
    assessment.status = Assessment.Status.PUBLISHED
    assessment.save()
    return assessment


@pytest.fixture
def published_chile(cast, tiny_framework):  # noqa: F811
    return publish_chile(cast["coordinator"], tiny_framework)


@pytest.fixture
def secret_drafts(cast, draft, tiny_framework):  # noqa: F811
    """Two drafts full of the secret word: Peru 2023, and one in a place only a draft has."""
    Assessment.objects.filter(pk=draft.pk).update(correction_note=f"note {SECRET}")
    hidden_place = Place.objects.create(code="XSW", name=f"Isla {SECRET}", kind="country")
    hidden = create_assessment(hidden_place, tiny_framework, 2022, cast["coordinator"])
    drafts = [draft, hidden]
    for assessment in drafts:
        fill_assessment(
            assessment,
            {
                "source_title": f"Decree {SECRET}",
                "citation": f"Article {SECRET}",
                "justification": f"Only in a draft: {SECRET}.",
                "finding": {"en": f"Draft finding {SECRET}.", "es": f"Hallazgo {SECRET}."},
                "title": f"Draft {SECRET}",
                "introduction": f"Draft introduction {SECRET}.",
            },
        )
    return drafts


@pytest.fixture
def search_index(db):
    """Build the index as `mgi rebuild_search_index` does (publication indexes after commit)."""

    def build():
        call_command("rebuild_search_index", stdout=StringIO(), stderr=StringIO())

    return build


@pytest.fixture
def token_client(cast):  # noqa: F811
    """A client that sends a user's personal token."""

    def client_for(username: str) -> Client:
        _api_token, token = create_token(cast[username], "tests")
        return Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    return client_for
