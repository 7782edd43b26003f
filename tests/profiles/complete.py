"""Bring a draft to what publication needs, straight through the models: tests that are about
something else than the gate use it before they publish."""

from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import ScaleOption
from mgi.profiles.models import Finding, Profile

# How the findings this module adds begin, so that a test can tell them from its own.
FINDING_FOR_PUBLICATION = "A finding written for publication on"


def complete_for_publication(assessment: Assessment) -> None:
    """Answer every unanswered indicator, give each domain without one a finding, and write the
    English title and introduction where they are empty; what is already there is kept."""
    options = {}
    for option in ScaleOption.objects.filter(scale__framework=assessment.framework).order_by(
        "order"
    ):
        options.setdefault(option.scale_id, option)
    for answer in Answer.objects.filter(assessment=assessment, option__isnull=True).select_related(
        "indicator"
    ):
        answer.option = options[answer.indicator.scale_id]
        answer.justification = answer.justification or f"Evidence for {answer.indicator.code}."
        answer.save(update_fields=["option", "justification"])
    covered = set(Finding.objects.filter(assessment=assessment).values_list("domain_id", flat=True))
    for domain in assessment.framework.domains.exclude(pk__in=covered):
        Finding.objects.create(
            assessment=assessment,
            domain=domain,
            kind=Finding.Kind.WELL_DEVELOPED,
            text={"en": f"{FINDING_FOR_PUBLICATION} {domain.slug}."},
            order=1,
        )
    profile, _created = Profile.objects.get_or_create(
        assessment=assessment, defaults={"date": str(assessment.round_year)}
    )
    profile.title = {**profile.title, "en": profile.title.get("en") or "A profile"}
    profile.introduction = {
        **profile.introduction,
        "en": profile.introduction.get("en") or "What the profile covers.",
    }
    profile.save(update_fields=["title", "introduction"])
