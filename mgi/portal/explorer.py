"""The indicator explorer: a framework's indicators, and one indicator across published profiles.

Rows go by place name and round, never by answer: the explorer shows what each profile found,
it does not line places up against each other. Queries stay constant as the portal grows.
"""

from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse

from mgi.assessments.models import Answer, Source
from mgi.frameworks.models import Framework, Indicator
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown
from mgi.places.models import Place
from mgi.portal.explorer_levels import build_levels
from mgi.profiles.public import published_profiles


def _frameworks() -> list[Framework]:
    """The newest version of each assessment framework (SDG 10.7.2 is derived, not answered)."""
    newest: dict[str, Framework] = {}
    for framework in Framework.objects.exclude(kind=Framework.Kind.SDG).order_by("loaded_at"):
        newest[framework.code] = framework
    return sorted(newest.values(), key=lambda f: f.code)


def build_indicator_list(framework_code: str | None, language: str) -> dict:
    """Every indicator of one framework (the first by code unless chosen), by domain."""
    frameworks = _frameworks()
    chosen = next((f for f in frameworks if f.code == framework_code), None)
    if framework_code and chosen is None:
        raise Http404("No such framework.")
    chosen = chosen or (frameworks[0] if frameworks else None)
    domains: dict[int, dict] = {}
    if chosen is not None:
        indicators = (
            Indicator.objects.filter(framework=chosen)
            .select_related("area__domain")
            .order_by("order")
        )
        for indicator in indicators:
            domain = indicator.area.domain
            entry = domains.setdefault(
                domain.number,
                {"number": domain.number, "name": pick(domain.name, language), "indicators": []},
            )
            entry["indicators"].append(
                {
                    "code": indicator.code,
                    "question": pick(indicator.question, language),
                    "url": reverse("indicator", args=[chosen.code, indicator.code]),
                }
            )
    return {
        "frameworks": [
            {"code": f.code, "version": f.version, "title": pick(f.title, language)}
            for f in frameworks
        ],
        "framework": chosen.code if chosen else None,
        "domains": list(domains.values()),
    }


def build_indicator_page(
    framework_code: str, code: str, round_year: str | None, kind: str | None, language: str
) -> dict:
    """One indicator's answer, justification and sources in every published profile (newest
    revision of each round) of a framework with this code, whatever its version."""
    indicator = (
        Indicator.objects.filter(framework__code=framework_code, code=code)
        .select_related("framework", "area__domain")
        .order_by("-framework__loaded_at")
        .first()
    )
    if indicator is None:
        raise Http404("No such indicator.")
    profiles = list(
        published_profiles()
        .filter(framework__code=framework_code)
        .order_by("place__name", "round_year")
    )
    rounds = sorted({a.round_year for a in profiles})
    chosen_round = int(round_year) if round_year and round_year.isdigit() else None
    chosen_kind = kind if kind in Place.Kind.values else None
    shown = [
        a
        for a in profiles
        if (chosen_round is None or a.round_year == chosen_round)
        and (chosen_kind is None or a.place.kind == chosen_kind)
    ]
    answers = {
        answer.assessment_id: answer
        for answer in Answer.objects.filter(assessment__in=shown, indicator__code=code)
        .select_related("option")
        .prefetch_related(Prefetch("sources", queryset=Source.objects.order_by("title")))
    }
    domain = indicator.area.domain
    return {
        "framework": {
            "code": indicator.framework.code,
            "title": pick(indicator.framework.title, language),
        },
        "indicator": {
            "code": indicator.code,
            "question": pick(indicator.question, language),
            "domain": {"number": domain.number, "name": pick(domain.name, language)},
            "crosswalk": list(indicator.crosswalk or []),
        },
        "filters": {
            "rounds": rounds,
            "round": chosen_round,
            "kinds": [{"code": c, "label": str(label)} for c, label in Place.Kind.choices],
            "kind": chosen_kind,
        },
        "rows": [_row(a, answers.get(a.pk), language) for a in shown],
        # Where local and national indicators mirror each other: both levels side by side.
        "levels": build_levels(indicator, language),
    }


def _row(assessment, answer, language: str) -> dict:
    url = reverse("profile", args=[assessment.place.url_code, assessment.round_year])
    option = answer.option if answer else None
    return {
        "place": assessment.place.to_dict(),
        "round": assessment.round_year,
        "url": url,
        "option": option.code if option else None,
        "answer": pick(option.label, language) if option else None,
        "justification": answer.justification if answer else "",
        "sources": [
            {
                "title": s.title,
                "kind": s.kind,
                "kind_label": str(Source.Kind(s.kind).label),
                "citation": s.citation,
                "url": s.url,
                "date": s.date.isoformat() if s.date else None,
            }
            for s in (answer.sources.all() if answer else [])
        ],
    }


def with_rendered_markdown(page: dict) -> dict:
    rows = [
        {**row, "justification_html": render_markdown(row["justification"])} for row in page["rows"]
    ]
    return {**page, "rows": rows}
