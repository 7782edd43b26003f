"""A temporary SQLite database filled with published assessments, for the benchmarks.

Call `setup_database(answers=...)` before importing any model: it points MGI_DATA_DIR at a
temporary folder, migrates, loads the national framework and bulk-creates published assessments
(answers with justifications and sources, findings in English and Spanish), then indexes them.
"""

import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FINDINGS_PER_ASSESSMENT = 12
SOURCES_PER_ASSESSMENT = 3
# A small real vocabulary and many made-up words, drawn with a Zipf-like skew as in real text.
COMMON = (
    "migrants migration law policy health education labour rights residence permit national "
    "government regional cooperation agreement ministry data census border crisis return "
    "integration citizenship refugees asylum children workers social security access services"
).split()


def _vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    syllables = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ra", "si", "tu", "ve"]
    made_up = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(size)}
    return COMMON + sorted(made_up)


def _sentence(rng: random.Random, words: list[str], weights: list[float], length: int) -> str:
    return " ".join(rng.choices(words, weights=weights, k=length)).capitalize() + "."


def setup_database(answers: int = 100_000, seed: int = 7, index: bool = True) -> dict:
    """Create and fill the database; returns the vocabulary and timings."""
    folder = tempfile.mkdtemp(prefix="mgi-bench-")
    os.environ["MGI_DATA_DIR"] = folder
    os.environ.pop("MGI_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    vocabulary = _fill(answers, random.Random(seed))
    filled = time.perf_counter() - started
    started = time.perf_counter()
    if index:
        with open(os.devnull, "w") as quiet:
            call_command("rebuild_search_index", stdout=quiet, stderr=quiet)
    indexed = time.perf_counter() - started
    return {"folder": folder, "vocabulary": vocabulary, "fill_s": filled, "index_s": indexed}


def _fill(answer_target: int, rng: random.Random) -> list[str]:
    from django.db import transaction
    from django.utils import timezone

    from mgi.assessments.models import Answer, Assessment, Source
    from mgi.frameworks.files import NATIONAL_FRAMEWORK
    from mgi.frameworks.loading import load_framework
    from mgi.places.models import Place
    from mgi.profiles.models import Finding, Profile

    framework = load_framework(NATIONAL_FRAMEWORK).framework
    indicators = list(framework.indicators.select_related("area__domain").order_by("order"))
    options = list(framework.scales.get(code="presence").options.exclude(value=None))
    domains = list(framework.domains.order_by("number"))
    words = _vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    count = -(-answer_target // len(indicators))
    rounds = [2019, 2021, 2023]
    now = timezone.now()
    with transaction.atomic():
        places = Place.objects.bulk_create(
            Place(code=f"B{i:04d}", name=f"Place {i}", kind=Place.Kind.COUNTRY)
            for i in range(-(-count // len(rounds)))
        )
        assessments = Assessment.objects.bulk_create(
            Assessment(
                place=places[i // len(rounds)],
                framework=framework,
                round_year=rounds[i % len(rounds)],
                status=Assessment.Status.PUBLISHED,
            )
            for i in range(count)
        )
        Profile.objects.bulk_create(
            Profile(assessment=a, title={"en": f"Profile {a.pk}"}, date="2023", published_at=now)
            for a in assessments
        )
        Finding.objects.bulk_create(
            (
                Finding(
                    assessment=a,
                    domain=domains[n % len(domains)],
                    kind="well_developed" if n % 2 else "potential",
                    order=n,
                    text={
                        "en": _sentence(rng, words, weights, 20),
                        "es": _sentence(rng, words, weights, 20),
                    },
                )
                for a in assessments
                for n in range(FINDINGS_PER_ASSESSMENT)
            ),
            batch_size=5000,
        )
        sources = Source.objects.bulk_create(
            (
                Source(assessment=a, title=_sentence(rng, words, weights, 6), kind="law")
                for a in assessments
                for _ in range(SOURCES_PER_ASSESSMENT)
            ),
            batch_size=5000,
        )
        created = Answer.objects.bulk_create(
            (
                Answer(
                    assessment=a,
                    indicator=indicator,
                    option=rng.choice(options),
                    justification=_sentence(rng, words, weights, rng.randint(15, 40)),
                )
                for a in assessments
                for indicator in indicators
            ),
            batch_size=5000,
        )[:answer_target]
        links = Answer.sources.through
        links.objects.bulk_create(
            (
                links(answer_id=answer.pk, source_id=sources[i // len(indicators) * 3].pk)
                for i, answer in enumerate(created)
                if i % 5 == 0
            ),
            batch_size=5000,
        )
    return words
