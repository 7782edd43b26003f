"""Build a profile's data as one plain dict: the page, profile.json and the API all render it."""

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Domain
from mgi.lib.i18n_text import pick, pick_with_language
from mgi.lib.shared_reads import shared_read
from mgi.places.models import Place
from mgi.profiles.models import Finding
from mgi.profiles.payload import FINDING_KINDS, profile_payload


@shared_read(key=lambda assessment: assessment.framework_id)
def framework_domains(assessment: Assessment) -> list[Domain]:
    return list(assessment.framework.domains.order_by("number"))


@shared_read(key=lambda assessment: assessment.pk)
def finding_rows(assessment: Assessment) -> list[tuple[int, str, dict, list[str]]]:
    """(domain id, kind, text in every language, indicator codes) per finding, in order.

    Two queries; the indicators' codes are read alone, not their large texts.
    """
    findings = list(
        Finding.objects.filter(assessment=assessment)
        .order_by("domain__number", "kind", "order")
        .values_list("pk", "domain_id", "kind", "text")
    )
    codes: dict[int, list[str]] = {pk: [] for pk, *_ in findings}
    links = (
        Finding.indicators.through.objects.filter(finding__assessment=assessment)
        .order_by("indicator__order")
        .values_list("finding_id", "indicator__code")
    )
    for finding_id, code in links:
        codes[finding_id].append(code)
    return [(domain_id, kind, text, codes[pk]) for pk, domain_id, kind, text in findings]


def build_profile_data(
    assessment: Assessment, language: str, domains: list[Domain] | None = None
) -> dict:
    """The profile in the public shape, texts in `language` (English where one is missing).

    Three queries whatever the number of findings: domains (unless given), findings, indicators.
    """
    return build_profile_parts(assessment, language, domains)[0]


def build_profile_parts(
    assessment: Assessment, language: str, domains: list[Domain] | None = None
) -> tuple[dict, dict]:
    """The public payload, and the language each shown text is really in.

    The second dict has "title", "introduction" and per domain number and kind a list of
    finding languages; it differs from `language` wherever a translation is missing.
    """
    profile = assessment.profile
    domains = domains if domains is not None else framework_domains(assessment)
    by_domain: dict[int, dict[str, list]] = {d.pk: {k: [] for k in FINDING_KINDS} for d in domains}
    numbers = {d.pk: d.number for d in domains}
    languages: dict = {n: {k: [] for k in FINDING_KINDS} for n in numbers.values()}
    for domain_id, kind, texts, codes in finding_rows(assessment):
        text, text_language = pick_with_language(texts, language)
        by_domain[domain_id][kind].append({"text": text, "indicators": list(codes)})
        languages[numbers[domain_id]][kind].append(text_language)
    title, languages["title"] = pick_with_language(profile.title, language)
    introduction, languages["introduction"] = pick_with_language(profile.introduction, language)
    payload = profile_payload(
        place=assessment.place.to_dict(),
        round_year=assessment.round_year,
        date=profile.date,
        title=title,
        language=language,
        introduction=introduction,
        domains=[
            {
                "number": d.number,
                "slug": d.slug,
                "name": pick(d.name, language),
                "summary": pick(d.summary, language),
                **by_domain[d.pk],
            }
            for d in domains
        ],
        status=assessment.status,
        competences=(
            pick(profile.competences, language)
            if assessment.place.kind == Place.Kind.LOCAL
            else None
        ),
    )
    return payload, languages
