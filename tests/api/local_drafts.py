"""Local places with drafts that hold a secret word, beside a published local profile."""

from django.utils import timezone

from mgi.assessments.models import Assessment
from mgi.places.services import find_or_create_local_place
from mgi.profiles.rounds import create_assessment
from tests.api.conftest import SECRET, fill_assessment

PUBLISHED_LOCAL = {
    "source_title": "Ordenanza municipal 2150",
    "citation": "Artículo 3",
    "justification": "The municipal health posts see every migrant.",
    "finding": {"en": "Lima's health posts see every migrant."},
    "title": "Local Migration Governance Indicators Profile 2022: Lima (Peru)",
    "introduction": "An overview of Lima.",
}
SECRET_TEXTS = {
    "source_title": f"Ordinance {SECRET}",
    "citation": f"Article {SECRET}",
    "justification": f"Only in a local draft: {SECRET}.",
    "finding": {"en": f"Local draft finding {SECRET}.", "es": f"Hallazgo local {SECRET}."},
    "title": f"Local draft {SECRET}",
    "introduction": f"Local draft introduction {SECRET}.",
}


def make_secret_local_drafts(coordinator, framework, country) -> list[Assessment]:
    """Lima 2022 published; Lima 2024 and PER-XSWL 2023 drafts holding the secret."""
    lima, _ = find_or_create_local_place(country, "Lima", local_kind="municipality")
    published = create_assessment(lima, framework, 2022, coordinator)
    fill_assessment(published, PUBLISHED_LOCAL)
    published.profile.published_at = timezone.now()
    published.profile.competences = {"en": "Lima registers residents."}
    published.profile.save()
    Assessment.objects.filter(pk=published.pk).update(status=Assessment.Status.PUBLISHED)
    hidden_place, _ = find_or_create_local_place(
        country, f"Villa {SECRET}", code="PER-XSWL", local_kind="district"
    )
    drafts = [
        create_assessment(lima, framework, 2024, coordinator),
        create_assessment(hidden_place, framework, 2023, coordinator),
    ]
    for draft in drafts:
        fill_assessment(draft, SECRET_TEXTS)
        draft.profile.competences = {"en": f"Local draft competences {SECRET}."}
        draft.profile.save()
    return drafts
