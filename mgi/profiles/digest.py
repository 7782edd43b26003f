"""A fingerprint of what an assessment says, so that an approval names the content it approved."""

import hashlib
import json

from mgi.assessments.models import Answer, Assessment
from mgi.profiles.models import Finding, Profile


def approvable_content(assessment: Assessment) -> dict:
    """Answers, findings, title and introduction as plain data, in a stable order."""
    profile = Profile.objects.filter(assessment=assessment).first()
    answers = (
        Answer.objects.filter(assessment=assessment)
        .select_related("indicator", "option")
        .prefetch_related("sources")
        .order_by("indicator__order")
    )
    findings = (
        Finding.objects.filter(assessment=assessment)
        .select_related("domain")
        .prefetch_related("indicators")
        .order_by("domain__number", "kind", "order", "pk")
    )
    return {
        "title": profile.title if profile else {},
        "introduction": profile.introduction if profile else {},
        "answers": [
            {
                "indicator": a.indicator.code,
                "option": a.option.code if a.option else None,
                "justification": a.justification,
                "sources": sorted([s.pk, s.title] for s in a.sources.all()),
            }
            for a in answers
        ],
        "findings": [
            {
                "domain": f.domain.number,
                "kind": f.kind,
                "order": f.order,
                "text": f.text,
                "indicators": sorted(i.code for i in f.indicators.all()),
            }
            for f in findings
        ],
    }


def content_digest(assessment: Assessment) -> str:
    """SHA-256 of the content as canonical JSON (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(
        approvable_content(assessment), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
