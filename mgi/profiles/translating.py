"""Add a profile page in another language to the round's published profile, as its translation.

A translation is not a correction: it makes no new revision. It adds (or replaces) one
language's title, introduction and finding texts, all of them or none, and is logged.
"""

from dataclasses import dataclass

from django.db import transaction

from mgi.assessments.audit import log_action
from mgi.assessments.models import Assessment
from mgi.profiles.importing import (
    ImportPlan,
    ProfileImportError,
    is_translated_language,
    language_name,
)
from mgi.profiles.models import Finding, Profile
from mgi.profiles.payload import FINDING_KINDS, POTENTIAL, WELL_DEVELOPED
from mgi.profiles.signals import published_texts_replaced

KIND_WORDS = {  # kind -> (one, many), for messages
    WELL_DEVELOPED: ("example of a well-developed area", "examples of well-developed areas"),
    POTENTIAL: (
        "area with potential for further development",
        "areas with potential for further development",
    ),
}


@dataclass(frozen=True)
class TranslationPlan:
    assessment: Assessment
    language: str
    findings: list[Finding]  # in the profile's order, each paired with `texts`
    texts: list[str]
    before: dict | None  # the language's texts as they are, None if it has none
    after: dict

    @property
    def unchanged(self) -> bool:
        return self.before == self.after


@dataclass(frozen=True)
class TranslationOutcome:
    assessment: Assessment
    language: str
    action: str  # "translated", "updated" or "unchanged"


def plan_translation(plan: ImportPlan, *, lock: bool = False) -> TranslationPlan:
    """Check the page translates the round's newest published profile; write nothing.

    Raises ProfileImportError naming the first domain whose findings do not pair up.
    """
    language = plan.parsed.language
    assessment = _published(plan, lock)
    profile = assessment.profile
    findings = list(
        Finding.objects.filter(assessment=assessment)
        .select_related("domain")
        .order_by("domain__number", "kind", "order")
    )
    _check_same_shape(plan, assessment, findings)
    texts = _paired_texts(plan, findings)
    before = _texts_in(profile, findings, language)
    after = _texts_of(language, plan.parsed.title, plan.parsed.introduction, findings, texts)
    if before is not None and before != after and not is_translated_language(assessment, language):
        raise ProfileImportError(
            f"{_round(assessment)} was published in {language_name(language)}: different "
            f"{language_name(language)} texts are a correction, not a translation; "
            "import the page without --translation to publish a new revision"
        )
    return TranslationPlan(
        assessment=assessment,
        language=language,
        findings=findings,
        texts=texts,
        before=before,
        after=after,
    )


def translate_profile(
    plan: ImportPlan, *, actor=None, via: str = "import_profile"
) -> TranslationOutcome:
    """Write the page's texts into the published profile in one transaction; log it."""
    with transaction.atomic():
        translation = plan_translation(plan, lock=True)
        assessment, language = translation.assessment, translation.language
        if translation.unchanged:
            return TranslationOutcome(assessment, language, "unchanged")
        profile = assessment.profile
        profile.title = {**profile.title, language: plan.parsed.title}
        introduction = dict(profile.introduction)
        introduction.pop(language, None)
        if plan.parsed.introduction:
            introduction[language] = plan.parsed.introduction
        profile.introduction = introduction
        about = {key: text for key, text in profile.about.items() if key != language}
        if plan.parsed.about:
            about[language] = plan.parsed.about
        profile.about = about
        profile.save(update_fields=["title", "introduction", "about"])
        for finding, text in zip(translation.findings, translation.texts, strict=True):
            finding.text = {**finding.text, language: text}
        Finding.objects.bulk_update(translation.findings, ["text"])
        # Public responses are validated by the newest published assessment's time: touch it.
        assessment.save(update_fields=["updated_at"])
        log_action(
            "translate_profile",
            profile,
            actor=actor,
            via=via,
            assessment=assessment,
            before=translation.before,
            after=translation.after,
        )
        transaction.on_commit(
            lambda: published_texts_replaced.send(
                sender=Assessment, assessment=assessment, language=language
            )
        )
    action = "translated" if translation.before is None else "updated"
    return TranslationOutcome(assessment, language, action)


def _published(plan: ImportPlan, lock: bool) -> Assessment:
    assessments = (
        Assessment.objects.newest_revisions()
        .select_related("place", "profile")
        .filter(place__code=plan.place["code"], round_year=plan.round_year, profile__isnull=False)
    )
    if lock:
        assessments = assessments.select_for_update(of=("self",))
    assessment = assessments.order_by("-revision").first()
    if assessment is None:
        raise ProfileImportError(
            f"{plan.place['name']} {plan.round_year} has no published profile to translate; "
            "import the original page first, without --translation"
        )
    return assessment


def _check_same_shape(plan: ImportPlan, assessment: Assessment, findings: list[Finding]) -> None:
    published: dict[int, dict[str, int]] = {}
    names = {}
    for finding in findings:
        counts = published.setdefault(finding.domain.number, dict.fromkeys(FINDING_KINDS, 0))
        counts[finding.kind] += 1
        names[finding.domain.number] = finding.domain.name.get("en", finding.domain.slug)
    page = {d["number"]: {kind: len(d[kind]) for kind in FINDING_KINDS} for d in plan.domains}
    headings = {d.number: (d.heading, d.line) for d in plan.parsed.domains}
    for number in sorted(set(published) | set(page)):
        on_page = page.get(number, dict.fromkeys(FINDING_KINDS, 0))
        in_profile = published.get(number, dict.fromkeys(FINDING_KINDS, 0))
        if on_page == in_profile:
            continue
        heading, line = headings.get(number, (names.get(number, ""), 0))
        where = f"line {line}: " if line else ""
        raise ProfileImportError(
            f"{where}domain {number} {heading!r} has {_counted(on_page)} on this page but "
            f"{_counted(in_profile)} in the published profile of {_round(assessment)}; "
            "a translation must have the same findings in the same order"
        )
    if bool(plan.parsed.introduction) != bool(assessment.profile.introduction):
        has, lacks = ("the page", "the published profile")
        if assessment.profile.introduction:
            has, lacks = lacks, has
        raise ProfileImportError(
            f"{has} has an introduction but {lacks} of {_round(assessment)} has none; "
            "a translation must have the same parts"
        )


def _paired_texts(plan: ImportPlan, findings: list[Finding]) -> list[str]:
    """The page's text for each published finding: the nth of its domain and kind."""
    page = {
        (domain["number"], kind): [item["text"] for item in domain[kind]]
        for domain in plan.domains
        for kind in FINDING_KINDS
    }
    seen: dict[tuple[int, str], int] = {}
    texts = []
    for finding in findings:
        key = (finding.domain.number, finding.kind)
        texts.append(page[key][seen.get(key, 0)])
        seen[key] = seen.get(key, 0) + 1
    return texts


def _counted(counts: dict[str, int]) -> str:
    parts = []
    for kind in FINDING_KINDS:
        one, many = KIND_WORDS[kind]
        parts.append(f"{counts[kind]} {one if counts[kind] == 1 else many}")
    return " and ".join(parts)


def _round(assessment: Assessment) -> str:
    return f"{assessment.place.name} {assessment.round_year} (revision {assessment.revision})"


def _texts_of(
    language: str, title: str, introduction: str, findings: list[Finding], texts: list[str]
) -> dict:
    """One language's texts as the audit log records them: findings keyed by their place."""
    return {
        "language": language,
        "title": title,
        "introduction": introduction,
        "findings": [
            {"domain": f.domain.number, "kind": f.kind, "order": f.order, "text": text}
            for f, text in zip(findings, texts, strict=True)
        ],
    }


def _texts_in(profile: Profile, findings: list[Finding], language: str) -> dict | None:
    if not profile.title.get(language):
        return None
    texts = [finding.text.get(language, "") for finding in findings]
    introduction = profile.introduction.get(language, "")
    return _texts_of(language, profile.title[language], introduction, findings, texts)
