"""Write a validated framework file to the database: all of it or nothing, idempotently."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.db.models import ProtectedError

from mgi.frameworks.files import FrameworkFile, FrameworkFileError, read_framework_file
from mgi.frameworks.models import Area, Domain, Framework, Indicator, Scale, ScaleOption
from mgi.lib.i18n_text import as_texts


@dataclass(frozen=True)
class LoadOutcome:
    framework: Framework
    action: str  # "created", "updated" or "unchanged"
    indicator_count: int


def count_indicators(parsed: FrameworkFile) -> int:
    return sum(len(area["indicators"]) for d in parsed.data["domains"] for area in d["areas"])


def load_framework(source: Path | str | FrameworkFile, progress=None) -> LoadOutcome:
    """Validate the file, then create or update its framework in one transaction."""
    parsed = source if isinstance(source, FrameworkFile) else read_framework_file(source)
    data = parsed.data
    existing = Framework.objects.filter(code=data["code"], version=data["version"]).first()
    indicator_total = count_indicators(parsed)
    if existing and existing.checksum == parsed.checksum:
        return LoadOutcome(existing, "unchanged", indicator_total)
    try:
        with transaction.atomic():
            framework = _write(parsed, existing, progress)
    except ProtectedError as error:
        codes = ", ".join(sorted({str(obj) for obj in error.protected_objects})[:5])
        raise FrameworkFileError(
            f"{parsed.path}: the file drops indicators or options that answers use ({codes}); "
            f"publish it under a new version instead"
        ) from None
    return LoadOutcome(framework, "updated" if existing else "created", indicator_total)


def _write(parsed: FrameworkFile, framework: Framework | None, progress) -> Framework:
    data = parsed.data
    fields = {
        "kind": data["kind"],
        "title": as_texts(data["title"]),
        "description": as_texts(data.get("description")),
        "provenance": data.get("provenance", ""),
        "checksum": parsed.checksum,
    }
    framework, _ = Framework.objects.update_or_create(
        code=data["code"], version=data["version"], defaults=fields
    )
    scales = _write_scales(framework, data["scales"])
    kept_domains, kept_areas, kept_indicators = [], [], []
    order = 0
    for domain_data in data["domains"]:
        domain, _ = Domain.objects.update_or_create(
            framework=framework,
            number=domain_data["number"],
            defaults={
                "slug": domain_data["slug"],
                "code": domain_data.get("code", ""),
                "name": as_texts(domain_data["name"]),
                "aliases": domain_data.get("aliases", []),
                "summary": as_texts(domain_data.get("summary")),
                "colour": domain_data["colour"],
            },
        )
        kept_domains.append(domain.pk)
        for area_data in domain_data["areas"]:
            area, _ = Area.objects.update_or_create(
                domain=domain,
                number=area_data["number"],
                defaults={"name": as_texts(area_data["name"])},
            )
            kept_areas.append(area.pk)
            for indicator_data in area_data["indicators"]:
                order += 1
                indicator, _ = Indicator.objects.update_or_create(
                    framework=framework,
                    code=indicator_data["code"],
                    defaults={
                        "area": area,
                        "order": order,
                        "question": as_texts(indicator_data["question"]),
                        "guidance": as_texts(indicator_data.get("guidance")),
                        "scale": scales[indicator_data["scale"]],
                        "keywords": indicator_data.get("keywords", []),
                        "statements": {
                            outcome: as_texts(text)
                            for outcome, text in indicator_data.get("statements", {}).items()
                        },
                        "crosswalk": indicator_data.get("crosswalk", []),
                    },
                )
                kept_indicators.append(indicator.pk)
                if progress:
                    progress(indicator.code)
    # What the file no longer lists goes; PROTECT stops this if answers still point at it.
    Indicator.objects.filter(framework=framework).exclude(pk__in=kept_indicators).delete()
    Area.objects.filter(domain__framework=framework).exclude(pk__in=kept_areas).delete()
    Domain.objects.filter(framework=framework).exclude(pk__in=kept_domains).delete()
    Scale.objects.filter(framework=framework).exclude(
        pk__in=[s.pk for s in scales.values()]
    ).delete()
    return framework


def _write_scales(framework: Framework, scales_data: list[dict]) -> dict[str, Scale]:
    scales = {}
    for scale_data in scales_data:
        scale, _ = Scale.objects.get_or_create(framework=framework, code=scale_data["code"])
        kept = []
        for order, option in enumerate(scale_data["options"], start=1):
            value = option["value"]
            saved, _ = ScaleOption.objects.update_or_create(
                scale=scale,
                code=option["code"],
                defaults={
                    "label": as_texts(option["label"]),
                    "value": None if value is None else Decimal(str(value)),
                    "order": order,
                },
            )
            kept.append(saved.pk)
        ScaleOption.objects.filter(scale=scale).exclude(pk__in=kept).delete()
        scales[scale.code] = scale
    return scales
