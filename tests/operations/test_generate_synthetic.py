import io

import pycountry
import pytest
from django.core.management import CommandError, call_command

from mgi.assessments.models import Answer, Assessment, Source
from mgi.operations.synthetic import choose_places, synthetic_assessments
from mgi.profiles.models import Finding

LANGUAGES = {"en", "es", "fr"}


def generate(*args) -> str:
    out = io.StringIO()
    call_command("generate_synthetic", *args, stdout=out, verbosity=0)
    return out.getvalue()


def test_it_publishes_labelled_profiles_with_every_indicator_answered(national_framework):
    output = generate("--places", "3", "--rounds", "2", "--seed", "7")

    assert output.startswith("6 synthetic profiles published for 3 places")
    assessments = Assessment.objects.select_related("profile")
    assert assessments.count() == 6
    assert {a.status for a in assessments} == {Assessment.Status.PUBLISHED}
    assert {a.round_year for a in assessments} == {2019, 2021}
    for assessment in assessments:
        assert set(assessment.profile.title) == LANGUAGES
        assert all(t.startswith("[Synthetic]") for t in assessment.profile.title.values())
        assert assessment.profile.published_at is not None
    indicators = national_framework.indicators.count()
    assert Answer.objects.filter(option__isnull=False).count() == 6 * indicators
    assert not Answer.objects.filter(sources__isnull=True).exists()


def test_findings_and_sources_come_in_three_languages(national_framework):
    generate("--places", "2")

    assert all(set(f.text) == LANGUAGES for f in Finding.objects.all())
    assert all(f.indicators.exists() for f in Finding.objects.all())
    titles = list(Source.objects.values_list("title", flat=True))
    assert any("report" in t for t in titles)
    assert any("Informe" in t for t in titles)
    assert any("Rapport" in t for t in titles)


def test_the_same_seed_gives_the_same_texts(national_framework):
    generate("--places", "1", "--seed", "3")
    first = sorted(map(str, Finding.objects.values_list("text", flat=True)))
    Assessment.objects.all().delete()

    generate("--places", "1", "--seed", "3")

    assert sorted(map(str, Finding.objects.values_list("text", flat=True))) == first


def test_running_it_again_adds_only_what_is_missing(national_framework):
    generate("--places", "2")

    output = generate("--places", "3")

    assert output.startswith("1 synthetic profiles published for 3 places")
    assert "2 place-rounds were already there" in output
    assert synthetic_assessments().count() == 3


def test_a_database_with_real_assessments_is_refused_unless_forced(published_peru):
    with pytest.raises(CommandError, match="holds 1 real assessment"):
        generate("--places", "2")
    assert Assessment.objects.count() == 1

    generate("--places", "2", "--force")

    assert synthetic_assessments().count() == 2
    assert Assessment.objects.count() == 3


def test_beyond_the_countries_it_takes_their_subdivisions_as_local_places():
    countries = len(pycountry.countries)

    places = choose_places(countries + 10)

    assert len({p.code for p in places}) == countries + 10
    assert all(p.parent_code is None for p in places[:countries])
    assert all(p.code.startswith(f"{p.parent_code}-") for p in places[countries:])


def test_the_demo_never_loads_synthetic_profiles():
    from pathlib import Path

    demo = Path(__file__).resolve().parents[2] / "mgi" / "demo"
    assert not any("synthetic" in p.read_text() for p in demo.rglob("*.py"))
