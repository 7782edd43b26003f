"""A draft assessment for the demo: Peru's second round, in government review, with its team."""

from mgi.assessments.models import Assessment, Membership, Role
from mgi.demo.answers import DRAFT_ANSWERS, apply_demo_answers, read_demo_answers
from mgi.demo.comments import add_demo_review
from mgi.frameworks.models import Framework
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment

DRAFT_ROUND = 2023


def ensure_demo_draft(users: dict, framework_code: str = "mgi-national") -> tuple[Assessment, str]:
    """Create the draft once; later runs leave it, and whatever the demo user did, alone."""
    place = get_or_create_country("PER")
    # The demo coordinator also runs the published 2019 round, to try corrections and comparisons.
    for published in Assessment.objects.filter(place=place).exclude(round_year=DRAFT_ROUND):
        Membership.objects.get_or_create(
            assessment=published, user=users["coordinator"], defaults={"role": Role.COORDINATOR}
        )
    existing = Assessment.objects.filter(place=place, round_year=DRAFT_ROUND).first()
    if existing:
        return existing, "unchanged"
    framework = Framework.objects.filter(code=framework_code).order_by("-loaded_at").first()
    draft = create_assessment(place, framework, DRAFT_ROUND, users["coordinator"])
    Membership.objects.create(assessment=draft, user=users["researcher"], role=Role.RESEARCHER)
    Membership.objects.create(assessment=draft, user=users["focal-point"], role=Role.FOCAL_POINT)
    Assessment.objects.filter(pk=draft.pk).update(status=Assessment.Status.DATA_COLLECTION)
    draft.refresh_from_db()
    # Some answers already given, so the questionnaire, suggestions and "what changed" show
    # something; a few differ from the 2019 round.
    apply_demo_answers(draft, read_demo_answers(DRAFT_ANSWERS))
    # Then sent to the government, which has begun commenting: every demo inbox has something.
    add_demo_review(draft, users)
    return draft, "created"
