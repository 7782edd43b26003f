"""Frameworks: domains, areas, indicators, answer scales and crosswalks to other frameworks."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema

from mgi.api.paging import paginate
from mgi.api.payloads import framework_out, framework_summary_out, indicator_out, option_out
from mgi.api.responses import documented
from mgi.api.schemas import (
    CODE_PATTERN,
    CrosswalkOut,
    FrameworkOut,
    FrameworkSummaryOut,
    IndicatorPage,
    Language,
    Paging,
    ScaleOut,
)
from mgi.frameworks.models import Framework

router = Router(tags=["frameworks"])
FrameworkCode = Path(..., pattern=CODE_PATTERN, description="Framework code, e.g. mgi-national.")


class Version(Schema):
    version: str | None = Field(
        None, max_length=32, description="A loaded version; the newest loaded one if omitted."
    )


class IndicatorFilters(Version):
    domain: str | None = Field(None, pattern=CODE_PATTERN, description="Domain slug.")


def framework_or_404(code: str, version: str | None) -> Framework:
    frameworks = Framework.objects.filter(code=code)
    if version:
        frameworks = frameworks.filter(version=version)
    framework = frameworks.order_by("-loaded_at", "-pk").first()
    if framework is None:
        raise Http404(_("No framework with this code and version."))
    return framework


@router.get("/frameworks", response=documented(list[FrameworkSummaryOut]))
def list_frameworks(request, lang: Query[Language]):
    """Every loaded framework version."""
    return [
        framework_summary_out(f, lang.language)
        for f in Framework.objects.order_by("code", "version")
    ]


@router.get("/frameworks/{code}", response=documented(FrameworkOut))
def get_framework(request, code: str = FrameworkCode, *, lang: Query[Language], v: Query[Version]):
    """A framework with its domains and areas."""
    return framework_out(framework_or_404(code, v.version), lang.language)


@router.get("/frameworks/{code}/indicators", response=documented(IndicatorPage))
def list_indicators(
    request,
    code: str = FrameworkCode,
    *,
    filters: Query[IndicatorFilters],
    lang: Query[Language],
    paging: Query[Paging],
):
    """The framework's indicators in questionnaire order, with their scale and crosswalk."""
    framework = framework_or_404(code, filters.version)
    indicators = framework.indicators.select_related("area__domain", "scale").order_by(
        "order", "pk"
    )
    if filters.domain:
        indicators = indicators.filter(area__domain__slug=filters.domain)
    return paginate(request, indicators, paging, lambda i: indicator_out(i, lang.language))


@router.get("/frameworks/{code}/scales", response=documented(list[ScaleOut]))
def list_scales(request, code: str = FrameworkCode, *, v: Query[Version], lang: Query[Language]):
    """The answer scales, with each option's value (none for 'not applicable')."""
    framework = framework_or_404(code, v.version)
    scales = framework.scales.prefetch_related("options").order_by("code")
    return [
        {
            "code": scale.code,
            "options": [
                {**option_out(option, lang.language), "order": option.order}
                for option in sorted(scale.options.all(), key=lambda o: (o.order, o.pk))
            ],
        }
        for scale in scales
    ]


@router.get("/frameworks/{code}/crosswalk", response=documented(list[CrosswalkOut]))
def list_crosswalk(request, code: str = FrameworkCode, *, v: Query[Version]):
    """Which indicator corresponds to which code of another framework (e.g. SDG 10.7.2)."""
    framework = framework_or_404(code, v.version)
    indicators = framework.indicators.order_by("order", "pk").values_list("code", "crosswalk")
    return [
        {"indicator": indicator, "corresponds_to": target}
        for indicator, targets in indicators
        for target in targets or []
    ]
