"""Local and national side by side: a local indicator's answers beside the country's answers to
the national indicator it mirrors.

Only the newest published round of each place counts, so the two levels compare what each one's
profile says today; drafts never show. The queries do not grow with the number of places.
"""

from django.urls import reverse

from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import Framework, Indicator
from mgi.lib.i18n_text import pick
from mgi.places.models import Place


def build_levels(indicator: Indicator, language: str) -> list[dict]:
    """One block per local indicator that mirrors `indicator` or that `indicator` is (a local
    one with a mirror): the two indicators and a row per local place."""
    framework = indicator.framework
    if framework.kind == Framework.Kind.LOCAL and indicator.mirrors and framework.national:
        national = _newest_indicator(framework.national, indicator.mirrors)
        pairs = [(indicator, national)] if national else []
    elif framework.kind == Framework.Kind.NATIONAL:
        pairs = [(local, indicator) for local in _mirroring(indicator)]
    else:
        pairs = []
    return [_block(local, national, language) for local, national in pairs]


def _newest_indicator(framework_code: str, code: str) -> Indicator | None:
    return (
        Indicator.objects.filter(framework__code=framework_code, code=code)
        .select_related("framework")
        .order_by("-framework__loaded_at")
        .first()
    )


def _mirroring(national: Indicator) -> list[Indicator]:
    """The local indicators that mirror this national one: the newest version of each local
    framework only."""
    newest: dict[str, Indicator] = {}
    for local in (
        Indicator.objects.filter(
            framework__kind=Framework.Kind.LOCAL,
            framework__national=national.framework.code,
            mirrors=national.code,
        )
        .select_related("framework")
        .order_by("framework__loaded_at")
    ):
        newest[local.framework.code] = local
    return [newest[code] for code in sorted(newest)]


def _newest_round_per_place(assessments) -> dict[int, Assessment]:
    newest: dict[int, Assessment] = {}
    for assessment in assessments:
        current = newest.get(assessment.place_id)
        if current is None or assessment.round_year > current.round_year:
            newest[assessment.place_id] = assessment
    return newest


def _block(local: Indicator, national: Indicator, language: str) -> dict:
    local_profiles = _newest_round_per_place(
        Assessment.objects.newest_revisions()
        .filter(framework__code=local.framework.code, place__kind=Place.Kind.LOCAL)
        .select_related("place__parent")
    )
    country_ids = {a.place.parent_id for a in local_profiles.values()}
    national_profiles = _newest_round_per_place(
        Assessment.objects.newest_revisions()
        .filter(framework__code=national.framework.code, place_id__in=country_ids)
        .select_related("place")
    )
    options = _options(local, local_profiles.values()) | _options(
        national, national_profiles.values()
    )
    rows = []
    for assessment in sorted(local_profiles.values(), key=lambda a: a.place.name):
        country = assessment.place.parent
        national_profile = national_profiles.get(country.pk)
        rows.append(
            {
                "local": _side(assessment, options, language),
                "country": country.to_dict(),
                "national": _side(national_profile, options, language)
                if national_profile
                else None,
            }
        )
    return {
        "local": _indicator(local, language),
        "national": _indicator(national, language),
        "rows": rows,
    }


def _options(indicator: Indicator, assessments) -> dict[int, object]:
    """Assessment id -> the option chosen for the indicator (None where unanswered)."""
    return {
        answer.assessment_id: answer.option
        for answer in Answer.objects.filter(
            # By code: each assessment's own version of the framework holds the indicator.
            assessment__in=[a.pk for a in assessments],
            indicator__code=indicator.code,
        ).select_related("option")
    }


def _indicator(indicator: Indicator, language: str) -> dict:
    return {
        "framework": indicator.framework.code,
        "framework_title": pick(indicator.framework.title, language),
        "code": indicator.code,
        "question": pick(indicator.question, language),
        "url": reverse("indicator", args=[indicator.framework.code, indicator.code]),
    }


def _side(assessment: Assessment, options: dict, language: str) -> dict:
    option = options.get(assessment.pk)
    return {
        "place": assessment.place.to_dict(),
        "round": assessment.round_year,
        "url": reverse("profile", args=[assessment.place.url_code, assessment.round_year]),
        "option": option.code if option else None,
        "answer": pick(option.label, language) if option else None,
    }
