"""Write a validated framework file to the database: all of it or nothing, idempotently."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.db.models import ProtectedError

from mgi.frameworks.files import FrameworkFile, FrameworkFileError, read_framework_file
from mgi.frameworks.models import (
    Area,
    Competence,
    Domain,
    Framework,
    Indicator,
    Scale,
    ScaleOption,
)
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


def _upsert(model, existing: dict, key, values: dict, pending: list):
    """Update the row under `key` if a field differs, else queue a new one for bulk insertion."""
    row = existing.get(key)
    if row is None:
        row = model(**values)
        pending.append(row)
        return row
    changed = [field for field, value in values.items() if getattr(row, field) != value]
    if changed:
        for field in changed:
            setattr(row, field, values[field])
        row.save(update_fields=changed)
    return row


def _write(parsed: FrameworkFile, framework: Framework | None, progress) -> Framework:
    """Level by level (domains, areas, indicators): a few queries per level, not per row."""
    data = parsed.data
    fields = {
        "kind": data["kind"],
        "title": as_texts(data["title"]),
        "description": as_texts(data.get("description")),
        "provenance": data.get("provenance", ""),
        "national": data.get("national", ""),
        "checksum": parsed.checksum,
    }
    framework, _ = Framework.objects.update_or_create(
        code=data["code"], version=data["version"], defaults=fields
    )
    scales = _write_scales(framework, data["scales"])
    competences = _write_competences(framework, data.get("competences", []))

    existing_domains = {d.number: d for d in Domain.objects.filter(framework=framework)}
    pending: list = []
    domains = {}
    for d in data["domains"]:
        domains[d["number"]] = _upsert(
            Domain,
            existing_domains,
            d["number"],
            {
                "framework_id": framework.pk,
                "number": d["number"],
                "slug": d["slug"],
                "code": d.get("code", ""),
                "name": as_texts(d["name"]),
                "aliases": d.get("aliases", []),
                "summary": as_texts(d.get("summary")),
                "colour": d["colour"],
            },
            pending,
        )
    Domain.objects.bulk_create(pending)

    existing_areas = {
        (a.domain_id, a.number): a for a in Area.objects.filter(domain__framework=framework)
    }
    pending = []
    areas = {}
    for d in data["domains"]:
        domain = domains[d["number"]]
        for a in d["areas"]:
            areas[(d["number"], a["number"])] = _upsert(
                Area,
                existing_areas,
                (domain.pk, a["number"]),
                {"domain_id": domain.pk, "number": a["number"], "name": as_texts(a["name"])},
                pending,
            )
    Area.objects.bulk_create(pending)

    existing_indicators = {i.code: i for i in Indicator.objects.filter(framework=framework)}
    pending = []
    kept_indicators = []
    order = 0
    for d in data["domains"]:
        for a in d["areas"]:
            for i in a["indicators"]:
                order += 1
                indicator = _upsert(
                    Indicator,
                    existing_indicators,
                    i["code"],
                    {
                        "framework_id": framework.pk,
                        "code": i["code"],
                        "area_id": areas[(d["number"], a["number"])].pk,
                        "order": order,
                        "question": as_texts(i["question"]),
                        "guidance": as_texts(i.get("guidance")),
                        "scale_id": scales[i["scale"]].pk,
                        "keywords": i.get("keywords", []),
                        "statements": {
                            outcome: as_texts(text)
                            for outcome, text in i.get("statements", {}).items()
                        },
                        "crosswalk": i.get("crosswalk", []),
                        "competence_id": (
                            competences[i["competence"]].pk if "competence" in i else None
                        ),
                        "mirrors": i.get("mirrors", ""),
                    },
                    pending,
                )
                kept_indicators.append(indicator)
                if progress:
                    progress(i["code"])
    Indicator.objects.bulk_create(pending)

    # What the file no longer lists goes; PROTECT stops this if answers still point at it.
    Indicator.objects.filter(framework=framework).exclude(
        pk__in=[i.pk for i in kept_indicators]
    ).delete()
    Area.objects.filter(domain__framework=framework).exclude(
        pk__in=[a.pk for a in areas.values()]
    ).delete()
    Domain.objects.filter(framework=framework).exclude(
        pk__in=[d.pk for d in domains.values()]
    ).delete()
    Scale.objects.filter(framework=framework).exclude(
        pk__in=[s.pk for s in scales.values()]
    ).delete()
    Competence.objects.filter(framework=framework).exclude(
        pk__in=[c.pk for c in competences.values()]
    ).delete()
    return framework


def _write_competences(framework: Framework, competences_data: list[dict]) -> dict:
    competences = {}
    for order, item in enumerate(competences_data, start=1):
        competence, _ = Competence.objects.update_or_create(
            framework=framework,
            code=item["code"],
            defaults={"name": as_texts(item["name"]), "order": order},
        )
        competences[competence.code] = competence
    return competences


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
