"""Texts are stored without the invisible characters that reorder what a reader sees."""

import pytest
from django.utils import timezone

from mgi.assessments.models import Assessment, Source
from mgi.places.models import Place
from mgi.places.services import get_or_create_country
from mgi.profiles.rounds import create_assessment
from tests.api.conftest import fill_assessment
from tests.api.conftest import tiny_framework as tiny_framework  # a fixture, used by name
from tests.workspace.conftest import cast as cast  # a fixture, used by name

# "Decree 55\u202efdp.exe" shows as "Decree 55exe.pdf": an override hides a program's name.
OVERRIDDEN = "Decree 55\u202efdp.exe"
EVERY_CONTROL = "".join(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


@pytest.mark.django_db
def test_every_way_of_writing_a_text_stores_it_without_bidirectional_controls():
    made = Place.objects.create(code="XRA", name=OVERRIDDEN, kind="country")
    Place.objects.bulk_create([Place(code="XRB", name=f"a{EVERY_CONTROL}b", kind="country")])
    Place.objects.filter(code="XRA").update(names={"es": OVERRIDDEN, "fr": [OVERRIDDEN]})

    stored = dict(Place.objects.filter(code__in=["XRA", "XRB"]).values_list("code", "name"))
    names = Place.objects.get(pk=made.pk).names

    assert stored == {"XRA": "Decree 55fdp.exe", "XRB": "ab"}
    assert names == {"es": "Decree 55fdp.exe", "fr": ["Decree 55fdp.exe"]}


@pytest.mark.django_db
def test_a_published_profile_shows_no_override_hidden_in_its_texts(client, cast, tiny_framework):
    chile = create_assessment(
        get_or_create_country("CHL"), tiny_framework, 2021, cast["coordinator"]
    )
    fill_assessment(
        chile,
        {
            "source_title": OVERRIDDEN,
            "citation": f"Article 1{EVERY_CONTROL}",
            "justification": f"The law {OVERRIDDEN} applies.",
            "finding": {"en": f"Chile opens {OVERRIDDEN} to all.", "es": f"Chile {OVERRIDDEN}."},
            "title": f"Migration Governance Profile: {OVERRIDDEN}",
            "introduction": f"An overview.{EVERY_CONTROL}",
        },
    )
    chile.profile.published_at = timezone.now()
    chile.profile.save()
    Assessment.objects.filter(pk=chile.pk).update(status="published")

    pages = [
        client.get(address).content.decode()
        for address in (
            "/profiles/chl/2021/",
            "/es/profiles/chl/2021/",
            "/profiles/chl/2021/profile.json",
            "/profiles/chl/2021/profile.csv",
        )
    ]

    assert Source.objects.get(assessment=chile).title == "Decree 55fdp.exe"
    assert "Decree 55fdp.exe" in pages[0]
    for page in pages:
        assert not set(EVERY_CONTROL) & set(page)
