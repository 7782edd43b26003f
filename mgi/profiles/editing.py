"""Edit a draft profile's title and introduction."""

from django.db import transaction

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError
from mgi.assessments.permissions import require_edit
from mgi.profiles.models import Profile

MAX_INTRODUCTION_LENGTH = 20_000


def edit_profile_text(profile: Profile, title: str, introduction: str, user, language: str = "en"):
    assessment = profile.assessment
    require_edit(user, assessment)
    title = " ".join(title.split())
    if not title:
        raise AssessmentError("A profile needs a title.")
    if len(introduction) > MAX_INTRODUCTION_LENGTH:
        raise AssessmentError(f"The introduction is at most {MAX_INTRODUCTION_LENGTH} characters.")
    # Paragraphs are separated by blank lines, whatever line endings the browser sent.
    paragraphs = [" ".join(p.split()) for p in introduction.replace("\r", "").split("\n\n")]
    introduction = "\n\n".join(p for p in paragraphs if p)
    with transaction.atomic():
        before = {"title": profile.title, "introduction": profile.introduction}
        profile.title = {**profile.title, language: title}
        profile.introduction = {**profile.introduction, language: introduction}
        profile.save(update_fields=["title", "introduction"])
        log_action(
            "edit_profile",
            profile,
            actor=user,
            assessment=assessment,
            before=before,
            after={"title": profile.title, "introduction": profile.introduction},
        )
    return profile
