"""Edit a draft profile's title and introduction, in every language side by side."""

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError, EditConflict
from mgi.assessments.permissions import require_edit
from mgi.profiles.models import Profile
from mgi.profiles.readiness import PRIMARY_LANGUAGE

MAX_INTRODUCTION_LENGTH = 20_000


def edit_profile_texts(
    profile: Profile,
    expected_version: int,
    titles: dict[str, str],
    introductions: dict[str, str],
    user,
) -> Profile:
    """Set the title and introduction in each language given; an empty text removes that
    language's text (the English title stays required). Languages not given are kept.

    Raises EditConflict (with the profile as saved) if someone saved since `expected_version`.
    """
    assessment = profile.assessment
    require_edit(user, assessment)
    titles = {code: " ".join(text.split()) for code, text in titles.items()}
    introductions = {code: _paragraphs(text) for code, text in introductions.items()}
    if PRIMARY_LANGUAGE in titles and not titles[PRIMARY_LANGUAGE]:
        raise AssessmentError(_("A profile needs a title in English."))
    for text in introductions.values():
        if len(text) > MAX_INTRODUCTION_LENGTH:
            raise AssessmentError(
                _("The introduction is at most %(n)d characters.") % {"n": MAX_INTRODUCTION_LENGTH}
            )
    with transaction.atomic():
        current = Profile.objects.select_for_update().get(pk=profile.pk)
        if current.version != expected_version:
            raise EditConflict(
                _("Someone else saved the title and introduction since you opened this page."),
                current=current,
            )
        before = {"title": current.title, "introduction": current.introduction}
        new_title = _merge(current.title, titles)
        new_introduction = _merge(current.introduction, introductions)
        Profile.objects.filter(pk=profile.pk).update(
            title=new_title, introduction=new_introduction, version=F("version") + 1
        )
        profile.refresh_from_db()
        log_action(
            "edit_profile",
            profile,
            actor=user,
            assessment=assessment,
            before=before,
            after={"title": profile.title, "introduction": profile.introduction},
        )
    return profile


def _paragraphs(text: str) -> str:
    # Paragraphs are separated by blank lines, whatever line endings the browser sent.
    paragraphs = [" ".join(p.split()) for p in text.replace("\r", "").split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _merge(texts: dict, changes: dict[str, str]) -> dict:
    merged = {**texts, **{code: text for code, text in changes.items() if text}}
    return {code: text for code, text in merged.items() if changes.get(code, text)}
