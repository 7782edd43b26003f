"""What each part of the static site depends on, as one digest per part.

A place's pages (every round, revision and language) depend on its published assessments with
their texts, on the published profiles of its country or its local places (the pages link to
them, and draw the local places on the country's map), on its SDG 10.7.2 categories, and on
the code that renders them (its version).
All of it is read in a constant number of queries, whatever the number of places.
"""

import hashlib
import json
from collections import defaultdict

from django.db.models import Count, Max

from mgi.assessments.models import Answer, Assessment
from mgi.operations.code_version import code_version
from mgi.profiles.models import Finding
from mgi.results.models import PublishedSdgCategory


def digest(value) -> str:
    text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


PUBLISHED_FIELDS = (
    "id",
    "place_id",
    "place__code",
    "place__parent_id",
    # A local place is a point on its country's map.
    "place__latitude",
    "place__longitude",
    "round_year",
    "revision",
    "updated_at",
    "correction_note",
    "framework__checksum",
    "profile__date",
    "profile__published_at",
    "profile__title",
    "profile__introduction",
)


def published_rows() -> list[dict]:
    return list(
        Assessment.objects.published()
        .filter(profile__isnull=False)
        .order_by("place__code", "round_year", "revision")
        .values(*PUBLISHED_FIELDS)
    )


def place_fingerprints(rows: list[dict], options: dict) -> dict[str, str]:
    """Place code -> digest of everything its pages show."""
    ids = [row["id"] for row in rows]
    findings = defaultdict(list)
    for finding in (
        Finding.objects.filter(assessment_id__in=ids)
        .annotate(indicator_count=Count("indicators"))
        .order_by("id")
        .values_list("assessment_id", "id", "version", "kind", "order", "text", "indicator_count")
    ):
        findings[finding[0]].append(finding[1:])
    answers = {
        row["assessment_id"]: (row["latest"], row["count"])
        for row in Answer.objects.filter(assessment_id__in=ids)
        .values("assessment_id")
        .annotate(latest=Max("updated_at"), count=Count("id"))
    }
    categories = defaultdict(list)
    for row in PublishedSdgCategory.objects.order_by("place_id", "year", "domain").values_list(
        "place_id", "year", "domain", "category"
    ):
        categories[row[0]].append(row[1:])
    by_place = defaultdict(list)
    neighbours = defaultdict(list)  # place id -> rounds of its country and its local places
    for row in rows:
        by_place[row["place_id"]].append(row)
        summary = _round_summary(row)
        if row["place__parent_id"]:
            neighbours[row["place__parent_id"]].append(summary)
    for row in rows:
        if row["place__parent_id"]:
            neighbours[row["place_id"]] += [
                _round_summary(r) for r in by_place.get(row["place__parent_id"], [])
            ]
    code = code_version()
    return {
        own[0]["place__code"]: digest(
            {
                "code": code,
                "options": options,
                "assessments": [
                    {**row, "findings": findings[row["id"]], "answers": answers.get(row["id"])}
                    for row in own
                ],
                "neighbours": sorted(set(neighbours[place_id])),
                "sdg": categories[place_id],
            }
        )
        for place_id, own in by_place.items()
    }


def _round_summary(row: dict) -> tuple:
    return (
        row["place__code"],
        row["round_year"],
        row["revision"],
        digest(row["profile__title"]),
        row["place__latitude"],
        row["place__longitude"],
    )
