"""Plain dicts for the API's resources, one function per resource, texts in the asked language."""

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.urls import reverse
from django.utils import translation

from mgi.assessments.models import Answer, Assessment, Source
from mgi.frameworks.models import Framework, Indicator, ScaleOption
from mgi.lib.i18n_text import pick, pick_with_language
from mgi.places.models import Place
from mgi.profiles.models import Finding


def number(value) -> float | None:
    return None if value is None else float(value)


def with_superseded(assessments: QuerySet, prefix: str = "") -> QuerySet:
    """Annotate whether a newer published revision of the same round exists."""
    newer = Assessment.objects.published().filter(
        place=OuterRef(f"{prefix}place"),
        round_year=OuterRef(f"{prefix}round_year"),
        revision__gt=OuterRef(f"{prefix}revision"),
    )
    return assessments.annotate(superseded=Exists(newer))


def public_url(request, assessment: Assessment, superseded: bool, language: str, anchor=""):
    """The public page of a published assessment (its revision page once corrected), or None."""
    if not assessment.is_published:
        return None
    place = assessment.place.url_code
    with translation.override(language):
        if superseded:
            path = reverse(
                "profile-revision", args=[place, assessment.round_year, assessment.revision]
            )
        else:
            path = reverse("profile", args=[place, assessment.round_year])
    return request.build_absolute_uri(path) + (f"#{anchor}" if anchor else "")


def place_out(place: Place) -> dict:
    return {
        "code": place.code,
        "name": place.name,
        "kind": place.kind,
        "parent": place.parent.code if place.parent_id else None,
        "local_kind": place.local_kind,
        "subdivision_code": place.subdivision_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def framework_summary_out(framework: Framework, language: str) -> dict:
    return {
        "code": framework.code,
        "version": framework.version,
        "kind": framework.kind,
        "title": pick(framework.title, language),
    }


def framework_out(framework: Framework, language: str) -> dict:
    domains = framework.domains.prefetch_related("areas").order_by("number")
    return {
        **framework_summary_out(framework, language),
        "description": pick(framework.description, language),
        "provenance": framework.provenance,
        "domains": [
            {
                "number": domain.number,
                "slug": domain.slug,
                "code": domain.code,
                "name": pick(domain.name, language),
                "summary": pick(domain.summary, language),
                "colour": domain.colour,
                "areas": [
                    {"number": area.number, "name": pick(area.name, language)}
                    for area in sorted(domain.areas.all(), key=lambda a: a.number)
                ],
            }
            for domain in domains
        ],
    }


def indicator_out(indicator: Indicator, language: str) -> dict:
    domain = indicator.area.domain
    return {
        "code": indicator.code,
        "order": indicator.order,
        "domain": domain.slug,
        "domain_number": domain.number,
        "area": indicator.area.number,
        "question": pick(indicator.question, language),
        "guidance": pick(indicator.guidance, language),
        "scale": indicator.scale.code,
        "crosswalk": list(indicator.crosswalk or []),
    }


def option_out(option: ScaleOption | None, language: str) -> dict | None:
    if option is None:
        return None
    return {
        "code": option.code,
        "label": pick(option.label, language),
        "value": number(option.value),
    }


def assessment_out(request, assessment: Assessment, language: str) -> dict:
    profile = getattr(assessment, "profile", None)
    return {
        "id": assessment.pk,
        "place": assessment.place.to_dict(),
        "framework": {"code": assessment.framework.code, "version": assessment.framework.version},
        "round": assessment.round_year,
        "revision": assessment.revision,
        "status": assessment.status,
        "date": profile.date if profile is not None and profile.date else None,
        "published_at": profile.published_at if profile is not None else None,
        "correction_note": assessment.correction_note,
        "profile_url": public_url(request, assessment, assessment.superseded, language),
    }


def answers_query(assessments: QuerySet) -> QuerySet:
    return (
        Answer.objects.filter(assessment__in=assessments)
        .select_related("assessment__place", "indicator__area__domain", "option")
        .prefetch_related(Prefetch("sources", queryset=Source.objects.order_by("title", "pk")))
        .order_by("assessment_id", "indicator__order", "pk")
    )


def source_out(source: Source) -> dict:
    return {
        "id": source.pk,
        "title": source.title,
        "kind": source.kind,
        "citation": source.citation,
        "url": source.url,
        "date": source.date,
    }


def answer_out(answer: Answer, language: str) -> dict:
    indicator = answer.indicator
    return {
        "id": answer.pk,
        "assessment": answer.assessment_id,
        "place": answer.assessment.place.code,
        "round": answer.assessment.round_year,
        "indicator": indicator.code,
        "question": pick(indicator.question, language),
        "domain": indicator.area.domain.slug,
        "option": option_out(answer.option, language),
        "justification": answer.justification,
        "sources": [source_out(source) for source in answer.sources.all()],
    }


def findings_query(assessments: QuerySet) -> QuerySet:
    return (
        with_superseded(Finding.objects.filter(assessment__in=assessments), prefix="assessment__")
        .select_related("assessment__place", "domain")
        .prefetch_related(Prefetch("indicators", queryset=Indicator.objects.order_by("order")))
        .order_by("assessment_id", "domain__number", "kind", "order", "pk")
    )


def finding_out(request, finding: Finding, language: str) -> dict:
    text, text_language = pick_with_language(finding.text, language)
    assessment = finding.assessment
    return {
        "id": finding.pk,
        "assessment": assessment.pk,
        "place": assessment.place.code,
        "round": assessment.round_year,
        "domain": finding.domain.slug,
        "domain_number": finding.domain.number,
        "kind": finding.kind,
        "order": finding.order,
        "text": text,
        "language": text_language,
        "indicators": [indicator.code for indicator in finding.indicators.all()],
        "url": public_url(
            request, assessment, finding.superseded, language, f"domain-{finding.domain.slug}"
        ),
    }
