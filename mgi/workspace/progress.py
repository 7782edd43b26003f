"""Answered / not yet, per domain and overall: one query whatever the size of the framework."""

from django.db.models import Count, Q

from mgi.assessments.models import Answer, Assessment
from mgi.lib.i18n_text import pick


def answer_progress(assessment: Assessment, language: str = "en") -> dict:
    rows = (
        Answer.objects.filter(assessment=assessment)
        .values(
            "indicator__area__domain__number",
            "indicator__area__domain__name",
            "indicator__area__domain__slug",
        )
        .annotate(total=Count("id"), answered=Count("id", filter=Q(option__isnull=False)))
        .order_by("indicator__area__domain__number")
    )
    domains = [
        {
            "number": row["indicator__area__domain__number"],
            "slug": row["indicator__area__domain__slug"],
            "name": pick(row["indicator__area__domain__name"], language),
            "answered": row["answered"],
            "total": row["total"],
            "percent": round(100 * row["answered"] / row["total"]) if row["total"] else 0,
        }
        for row in rows
    ]
    answered = sum(d["answered"] for d in domains)
    total = sum(d["total"] for d in domains)
    return {
        "domains": domains,
        "answered": answered,
        "total": total,
        "percent": round(100 * answered / total) if total else 0,
    }
