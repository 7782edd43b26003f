"""Fill a database with clearly labelled, made-up published profiles, for load and scale tests.

Every title starts with "[Synthetic]"; every indicator is answered; findings and sources come in
English, Spanish and French. Rows are written with bulk_create, a few statements per table for a
whole batch of places, so hundreds of places load in seconds. A place and round that already has
an assessment, synthetic or real, is left as it is: running the command again adds only what is
missing.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass

import pycountry
from django.db import transaction
from django.utils import timezone

from mgi.assessments.models import Answer, Assessment, AuditRecord, Source
from mgi.assessments.rounds import create_published_rounds
from mgi.frameworks.files import NATIONAL_FRAMEWORK
from mgi.frameworks.loading import load_framework
from mgi.frameworks.models import Framework
from mgi.operations import synthetic_text as text
from mgi.operations.public_changes import bump_public_version
from mgi.places.models import Place
from mgi.places.services import local_code
from mgi.profiles.models import Finding, Profile

VIA = "generate_synthetic"
FIRST_ROUND = 2019
ROUND_STEP = 2
MAX_ROUNDS = (2100 - FIRST_ROUND) // ROUND_STEP + 1
BATCH_PLACES = 25


class SyntheticDataRefused(Exception):
    """The database holds real assessments, or the request cannot be met."""


@dataclass(frozen=True)
class PlaceSpec:
    code: str
    name: str
    official_name: str = ""
    parent_code: str | None = None


@dataclass
class SyntheticOutcome:
    places: int = 0
    assessments: int = 0
    answers: int = 0
    findings: int = 0
    sources: int = 0
    skipped: int = 0  # place-rounds that already had an assessment


def synthetic_assessments():
    return Assessment.objects.filter(profile__title__en__startswith=text.SYNTHETIC_PREFIX)


def real_assessments():
    return Assessment.objects.exclude(pk__in=synthetic_assessments().values("pk"))


def choose_places(count: int) -> list[PlaceSpec]:
    """Countries first (ISO 3166, by code), then their subdivisions as local places."""
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    specs = [
        PlaceSpec(
            c.alpha_3,
            getattr(c, "common_name", None) or c.name,
            getattr(c, "official_name", "") or "",
        )
        for c in countries[:count]
    ]
    if len(specs) == count:
        return specs
    alpha_3 = {c.alpha_2: c.alpha_3 for c in countries}
    seen = {spec.code for spec in specs}
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        parent = alpha_3.get(subdivision.country_code)
        code = local_code(parent, subdivision.name) if parent else None
        if code is None or code in seen or len(code) > 64:
            continue
        seen.add(code)
        specs.append(PlaceSpec(code, subdivision.name, parent_code=parent))
        if len(specs) == count:
            return specs
    raise SyntheticDataRefused(f"ISO 3166 names only {len(specs)} places, not {count}")


def ensure_places(specs: list[PlaceSpec]) -> list[Place]:
    """The places, created where missing; local places come after all countries, their parents."""
    codes = [spec.code for spec in specs]
    existing = {p.code: p for p in Place.objects.filter(code__in=codes)}
    Place.objects.bulk_create(
        Place(code=s.code, name=s.name, official_name=s.official_name, kind=Place.Kind.COUNTRY)
        for s in specs
        if not s.parent_code and s.code not in existing
    )
    existing = {p.code: p for p in Place.objects.filter(code__in=codes)}
    Place.objects.bulk_create(
        Place(code=s.code, name=s.name, kind=Place.Kind.LOCAL, parent=existing[s.parent_code])
        for s in specs
        if s.parent_code and s.code not in existing
    )
    existing = {p.code: p for p in Place.objects.filter(code__in=codes)}
    return [existing[code] for code in codes]


def generate_synthetic(
    places: int,
    rounds: int,
    *,
    seed: int = 0,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
) -> SyntheticOutcome:
    """Create `places` x `rounds` published synthetic profiles in one transaction."""
    if places < 1 or not 1 <= rounds <= MAX_ROUNDS:
        raise SyntheticDataRefused(f"give at least one place and 1 to {MAX_ROUNDS} rounds")
    real = real_assessments().count()
    if real and not force:
        raise SyntheticDataRefused(
            f"the database holds {real} real assessment{'s' * (real != 1)}; synthetic profiles "
            "would be published beside them. Use another database, or --force"
        )
    framework = load_framework(NATIONAL_FRAMEWORK).framework
    shape = FrameworkShape.of(framework)
    rng = random.Random(seed)
    outcome = SyntheticOutcome()
    with transaction.atomic():
        chosen = ensure_places(choose_places(places))
        taken = set(Assessment.objects.values_list("place_id", "round_year"))
        years = [FIRST_ROUND + ROUND_STEP * index for index in range(rounds)]
        for start in range(0, len(chosen), BATCH_PLACES):
            batch = chosen[start : start + BATCH_PLACES]
            pairs = [(p, y) for p in batch for y in years if (p.pk, y) not in taken]
            outcome.skipped += len(batch) * len(years) - len(pairs)
            _write_batch(pairs, framework, shape, rng, outcome)
            if progress:
                progress(len(batch))
        outcome.places = len(chosen)
        bump_public_version()
    return outcome


@dataclass(frozen=True)
class FrameworkShape:
    """What the generator needs of the framework, read once."""

    indicators: list  # (indicator id, [option ids with a value], [other option ids])
    domains: dict  # domain id -> [indicator ids]

    @classmethod
    def of(cls, framework: Framework) -> "FrameworkShape":
        indicators, domains = [], {}
        for indicator in framework.indicators.select_related("area").prefetch_related(
            "scale__options"
        ):
            options = list(indicator.scale.options.all())
            indicators.append(
                (
                    indicator.pk,
                    [o.pk for o in options if o.value is not None],
                    [o.pk for o in options if o.value is None],
                )
            )
            domains.setdefault(indicator.area.domain_id, []).append(indicator.pk)
        return cls(indicators, domains)


def _write_batch(pairs, framework, shape: FrameworkShape, rng, outcome: SyntheticOutcome):
    now = timezone.now()
    assessments = create_published_rounds(
        Assessment(place=place, framework=framework, round_year=year, month=rng.randint(1, 12))
        for place, year in pairs
    )
    Profile.objects.bulk_create(
        Profile(
            assessment=a,
            title=text.title(a.place.name),
            introduction=text.introduction(a.place.name),
            date=a.date_label,
            published_at=now,
        )
        for a in assessments
    )
    sources = Source.objects.bulk_create(
        Source(
            assessment=a,
            title=text.source_title(language, rng),
            kind=rng.choice(Source.Kind.values),
            url=f"https://example.org/synthetic/{a.place.url_code}/{a.round_year}/{language}",
        )
        for a in assessments
        for language in text.LANGUAGES
    )
    answers = Answer.objects.bulk_create(
        (
            Answer(
                assessment=a,
                indicator_id=indicator_id,
                # Mostly complete, partial or absent, as in real profiles; now and then not
                # applicable or not assessed, which count as no value.
                option_id=rng.choice(valued if rng.random() < 0.95 or not other else other),
                justification=text.sentence(rng)["en"],
            )
            for a in assessments
            for indicator_id, valued, other in shape.indicators
        ),
        batch_size=2000,
    )
    sources_of: dict[int, list[int]] = {}
    for source in sources:
        sources_of.setdefault(source.assessment_id, []).append(source.pk)
    Answer.sources.through.objects.bulk_create(
        (
            Answer.sources.through(
                answer_id=answer.pk, source_id=rng.choice(sources_of[answer.assessment_id])
            )
            for answer in answers
        ),
        batch_size=2000,
    )
    findings, cited = [], []
    for a in assessments:
        for domain_id, indicator_ids in shape.domains.items():
            for kind in Finding.Kind.values:
                for order in (1, 2):
                    findings.append(
                        Finding(
                            assessment=a,
                            domain_id=domain_id,
                            kind=kind,
                            text=text.sentence(rng),
                            order=order,
                        )
                    )
                    cited.append(rng.sample(indicator_ids, min(2, len(indicator_ids))))
    Finding.objects.bulk_create(findings, batch_size=2000)
    Finding.indicators.through.objects.bulk_create(
        (
            Finding.indicators.through(finding_id=finding.pk, indicator_id=indicator_id)
            for finding, indicator_ids in zip(findings, cited, strict=True)
            for indicator_id in indicator_ids
        ),
        batch_size=2000,
    )
    AuditRecord.objects.bulk_create(
        AuditRecord(
            via=VIA,
            action="generate_synthetic",
            assessment=a,
            object_type=Assessment._meta.label_lower,
            object_id=str(a.pk),
            after={"place": a.place.code, "round": a.round_year},
        )
        for a in assessments
    )
    outcome.assessments += len(assessments)
    outcome.answers += len(answers)
    outcome.findings += len(findings)
    outcome.sources += len(sources)
