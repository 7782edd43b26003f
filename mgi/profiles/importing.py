"""Import a published profile page from its text: plan (no writes), then write all or nothing."""

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language_info

from mgi.assessments.audit import log_action
from mgi.assessments.models import Assessment, AuditRecord
from mgi.assessments.rounds import (
    IMPORTED_STATUS,
    create_published_revision,
    latest_revision_for_update,
)
from mgi.frameworks.files import BUNDLED_DIR, FrameworkFileError, read_framework_file
from mgi.frameworks.loading import load_framework
from mgi.frameworks.matching import match_indicators
from mgi.frameworks.models import Framework
from mgi.frameworks.outline import FrameworkOutline, outline_from_db, outline_from_file
from mgi.places.models import Place
from mgi.places.services import UnknownPlace, find_country
from mgi.profiles.builder import build_profile_data
from mgi.profiles.local_import import (
    framework_code_for,
    get_or_create_planned_place,
    plan_local_place,
)
from mgi.profiles.models import Finding, Profile
from mgi.profiles.payload import FINDING_KINDS, profile_payload
from mgi.profiles.text_format import ParsedProfile, ProfileTextError, parse_profile_bytes
from mgi.profiles.title_place import find_country_code_in_language

DEFAULT_FRAMEWORK = "mgi-national"


class ProfileImportError(ValueError):
    """The profile cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class ImportPlan:
    framework: FrameworkOutline
    place: dict
    round_year: int
    month: int | None
    parsed: ParsedProfile
    domains: list[dict]

    @property
    def date(self) -> str:
        year = self.parsed.year or self.round_year
        return f"{year:04d}-{self.month:02d}" if self.month else f"{year:04d}"

    def payload(self, status: str = IMPORTED_STATUS) -> dict:
        return profile_payload(
            place=self.place,
            round_year=self.round_year,
            date=self.date,
            title=self.parsed.title,
            language=self.parsed.language,
            introduction=self.parsed.introduction,
            domains=self.domains,
            status=status,
            competences=self.parsed.competences if self.parsed.local else None,
        )


@dataclass(frozen=True)
class ImportOutcome:
    assessment: Assessment
    action: str  # "created", "revised" or "unchanged"


def language_name(code: str) -> str:
    """The English name of a language ("Spanish"), for messages to the person importing."""
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code


def _bundled_framework_path(code: str) -> Path | None:
    path = BUNDLED_DIR / f"{code}.yaml"
    return path if path.exists() else None


def framework_outline(code: str) -> FrameworkOutline:
    """The newest loaded version of the framework, else the file shipped with the platform."""
    framework = Framework.objects.filter(code=code).order_by("-loaded_at").first()
    if framework is not None:
        return outline_from_db(framework)
    path = _bundled_framework_path(code)
    if path is None:
        raise ProfileImportError(f"no framework {code!r}: load it first with `mgi load_framework`")
    try:
        return outline_from_file(read_framework_file(path))
    except FrameworkFileError as error:
        raise ProfileImportError(f"the framework file is not valid: {error}") from None


def plan_profile_import(
    raw: bytes,
    *,
    place_code: str | None = None,
    round_year: int | None = None,
    framework_code: str | None = None,
) -> ImportPlan:
    """Read and check everything; write nothing. Raises ProfileImportError naming the line.

    Without `framework_code`, a local profile follows the local framework where there is one,
    and every other the national framework.
    """
    outline = framework_outline(framework_code_for(raw, framework_code))
    try:
        parsed = parse_profile_bytes(raw, outline.domain_headings())
    except ProfileTextError as error:
        raise ProfileImportError(str(error)) from None
    missing = [d for d in outline.domains if d.number not in {p.number for p in parsed.domains}]
    if missing:
        names = ", ".join(f"{d.number} {d.name.get('en', d.slug)!r}" for d in missing)
        raise ProfileImportError(f"no key findings for domain {names}")
    title_year = parsed.local.year if parsed.local else None
    year = round_year or title_year or parsed.year
    if year is None:
        raise ProfileImportError(
            "no date line such as '2019 December'; give the round with --round"
        )
    place = _place(place_code, parsed, year)
    domains = []
    for parsed_domain in parsed.domains:
        outline_domain = outline.domain(parsed_domain.number)
        entry = outline.domain_dict(parsed_domain.number, parsed.language)
        entry["summary"] = entry["summary"] or parsed_domain.summary
        for kind in FINDING_KINDS:
            entry[kind] = [
                {"text": f.text, "indicators": match_indicators(f.text, outline_domain.indicators)}
                for f in getattr(parsed_domain, kind)
            ]
        domains.append(entry)
    return ImportPlan(
        framework=outline,
        place=place,
        round_year=year,
        month=parsed.month,
        parsed=parsed,
        domains=domains,
    )


def _place(place_code: str | None, parsed: ParsedProfile, year: int) -> dict:
    if parsed.local is None:
        country = _country(place_code, parsed, year)
        return {"code": country.code, "name": country.name, "kind": Place.Kind.COUNTRY}
    try:
        return plan_local_place(parsed, place_code, year)
    except UnknownPlace as error:
        where = "--place" if place_code else f"line {parsed.title_line}"
        raise ProfileImportError(f"{where}: {error}") from None


def _country(place_code: str | None, parsed: ParsedProfile, year: int):
    """The country --place gives, else the one the title names, in the page's language or in
    English, else the one whose profile of this round already carries this very title."""
    if place_code:
        try:
            return find_country(place_code)
        except UnknownPlace as error:
            raise ProfileImportError(
                f"--place: {error}; name the country with --place CODE"
            ) from None
    code = None
    if parsed.language != "en":
        code = find_country_code_in_language(parsed.place_name, parsed.language)
    if code is None:
        try:
            return find_country(parsed.place_name)
        except UnknownPlace as error:
            code = _place_with_title(parsed, year)
            if code is None:
                raise ProfileImportError(
                    f"line {parsed.title_line}: {_unknown_place(error, parsed)}; "
                    "name the country with --place CODE"
                ) from None
    return find_country(code)


def _unknown_place(error: UnknownPlace, parsed: ParsedProfile) -> str:
    if parsed.language == "en":
        return str(error)
    return (
        f"{parsed.place_name!r} names no country known in {language_name(parsed.language)} "
        "or English"
    )


def _place_with_title(parsed: ParsedProfile, year: int) -> str | None:
    codes = set(
        Profile.objects.filter(
            assessment__round_year=year, **{f"title__{parsed.language}": parsed.title}
        ).values_list("assessment__place__code", flat=True)
    )
    return codes.pop() if len(codes) == 1 else None


def import_profile(plan: ImportPlan, *, actor=None, via: str = "import_profile") -> ImportOutcome:
    """Write the plan in one transaction. Same content again: nothing changes.

    Different content for a published round becomes a new revision; the old one stays.
    """
    with transaction.atomic():
        framework = _framework_for(plan)
        place = get_or_create_planned_place(plan.place)
        latest = latest_revision_for_update(place, plan.round_year)
        if latest is not None and not latest.is_published:
            # A published page on top of work in progress would bury that work under a newer
            # revision, and its team would go on editing a draft nobody could publish.
            raise ProfileImportError(
                f"{latest.place.name} {latest.round_year} has a draft in the workspace "
                f"(revision {latest.revision}, {latest.get_status_display().lower()}); publish "
                "or delete it before importing a published page for this round"
            )
        if latest is not None and _same_content(latest, plan):
            return ImportOutcome(latest, "unchanged")
        if latest is not None and hasattr(latest, "profile"):
            _refuse_a_new_language(latest, plan)
        assessment = create_published_revision(
            place, framework, plan.round_year, plan.month, latest.revision + 1 if latest else 1
        )
        _write_profile(assessment, plan)
        log_action(
            "import_profile",
            assessment,
            actor=actor,
            via=via,
            assessment=assessment,
            after=plan.payload(),
        )
    return ImportOutcome(assessment, "revised" if latest else "created")


def _framework_for(plan: ImportPlan) -> Framework:
    framework = Framework.objects.filter(
        code=plan.framework.code, version=plan.framework.version
    ).first()
    if framework is None:
        framework = load_framework(_bundled_framework_path(plan.framework.code)).framework
    return framework


def _refuse_a_new_language(latest: Assessment, plan: ImportPlan) -> None:
    """A page in a language the profile was not published in is a translation, not a
    correction: made a revision, it would replace every text of the profile with its own."""
    language = plan.parsed.language
    where = f"{latest.place.name} {latest.round_year} (revision {latest.revision})"
    if not latest.profile.title.get(language):
        raise ProfileImportError(
            f"{where} is published with no {language_name(language)} texts; to add this "
            f"{language_name(language)} page to it as a translation, import it with --translation"
        )
    if is_translated_language(latest, language):
        raise ProfileImportError(
            f"the {language_name(language)} texts of {where} are a translation; to update "
            "them, import this page with --translation; a correction is made in the language "
            "the profile was published in"
        )


def is_translated_language(assessment: Assessment, language: str) -> bool:
    """Whether an assessment's texts in `language` were added as a translation of its profile."""
    return AuditRecord.objects.filter(
        action="translate_profile", assessment=assessment, after__language=language
    ).exists()


def _same_content(assessment: Assessment, plan: ImportPlan) -> bool:
    if not hasattr(assessment, "profile"):
        return False
    return build_profile_data(assessment, plan.parsed.language) == plan.payload(assessment.status)


def _write_profile(assessment: Assessment, plan: ImportPlan) -> None:
    language = plan.parsed.language
    Profile.objects.create(
        assessment=assessment,
        title={language: plan.parsed.title},
        introduction={language: plan.parsed.introduction} if plan.parsed.introduction else {},
        about={language: plan.parsed.about} if plan.parsed.about else {},
        competences={language: plan.parsed.competences} if plan.parsed.competences else {},
        date=plan.date,
        published_at=timezone.now(),
    )
    domains = {d.number: d for d in assessment.framework.domains.all()}
    indicators = {i.code: i for i in assessment.framework.indicators.all()}
    for entry in plan.domains:
        for kind in FINDING_KINDS:
            for order, item in enumerate(entry[kind], start=1):
                finding = Finding.objects.create(
                    assessment=assessment,
                    domain=domains[entry["number"]],
                    kind=kind,
                    text={language: item["text"]},
                    order=order,
                )
                finding.indicators.set([indicators[code] for code in item["indicators"]])
