"""The local framework file: what it holds, that it loads once, and the rules that refuse it."""

import pytest
import yaml
from django.core.management import CommandError, call_command

from mgi.frameworks.files import LOCAL_FRAMEWORK, NATIONAL_FRAMEWORK, read_framework_file
from mgi.frameworks.loading import load_framework
from mgi.frameworks.models import (
    Area,
    Competence,
    Domain,
    Framework,
    Indicator,
    ScaleOption,
)

LANGUAGES = {"en", "es", "fr"}


def local_data() -> dict:
    return yaml.safe_load(LOCAL_FRAMEWORK.read_text(encoding="utf-8"))


def indicators_of(data: dict) -> list[dict]:
    return [i for d in data["domains"] for a in d["areas"] for i in a["indicators"]]


def test_the_local_file_has_six_domains_with_seventy_to_ninety_indicators_in_three_languages():
    data = read_framework_file(LOCAL_FRAMEWORK).data
    indicators = indicators_of(data)

    assert data["kind"] == "local"
    assert [d["number"] for d in data["domains"]] == [1, 2, 3, 4, 5, 6]
    assert all(sum(len(a["indicators"]) for a in d["areas"]) >= 5 for d in data["domains"])
    assert 70 <= len(indicators) <= 90
    for indicator in indicators:
        assert set(indicator["question"]) == LANGUAGES, indicator["code"]
        assert set(indicator["guidance"]) == LANGUAGES, indicator["code"]
        assert set(indicator["statements"]) == {"complete", "partial", "absent"}
        for text in indicator["statements"].values():
            assert set(text) == LANGUAGES, indicator["code"]
            assert all("{place}" in t for t in text.values()), indicator["code"]


def test_most_local_indicators_mirror_an_indicator_of_the_shipped_national_framework():
    national = {i["code"] for i in indicators_of(yaml.safe_load(NATIONAL_FRAMEWORK.read_text()))}
    mirrors = [i["mirrors"] for i in indicators_of(local_data()) if "mirrors" in i]

    assert len(mirrors) >= 50
    assert set(mirrors) <= national


@pytest.mark.django_db
def test_the_local_framework_loads_with_its_competences_and_mirrors():
    outcome = load_framework(LOCAL_FRAMEWORK)

    framework = outcome.framework
    assert (outcome.action, framework.kind, framework.national) == (
        "created",
        "local",
        "mgi-national",
    )
    assert framework.indicators.count() == outcome.indicator_count
    names = {c.code: c.name for c in framework.competences.all()}
    assert names["housing"] == {"en": "Housing", "es": "Vivienda", "fr": "Logement"}
    assert all(set(name) == LANGUAGES for name in names.values())
    health_care = Indicator.objects.get(framework=framework, code="1.1.1")
    assert (health_care.competence.code, health_care.mirrors) == ("health", "1.1.1")
    assert Indicator.objects.get(framework=framework, code="1.3.3").mirrors == ""
    outside = ScaleOption.objects.get(scale__framework=framework, code="outside_competence")
    assert outside.value is None
    assert outside.label["es"] == "Fuera de las competencias locales"


def snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Framework, Domain, Area, Indicator, ScaleOption, Competence)
    }


@pytest.mark.django_db
def test_loading_the_local_framework_a_second_time_changes_nothing():
    load_framework(LOCAL_FRAMEWORK)
    before = snapshot()
    loaded_at = Framework.objects.get(code="mgi-local").loaded_at

    second = load_framework(LOCAL_FRAMEWORK)

    assert second.action == "unchanged"
    assert snapshot() == before
    assert Framework.objects.get(code="mgi-local").loaded_at == loaded_at


def find_indicator(data: dict, code: str) -> dict:
    return next(i for i in indicators_of(data) if i["code"] == code)


def empty_domain(data):
    data["domains"][2]["areas"] = []


def statement_without_french(data):
    del find_indicator(data, "1.1.4")["statements"]["partial"]["fr"]


def question_in_english_only(data):
    indicator = find_indicator(data, "2.2.1")
    indicator["question"] = indicator["question"]["en"]


def mirror_of_a_missing_national_indicator(data):
    find_indicator(data, "5.3.2")["mirrors"] = "5.9.9"


def mirrors_without_a_national_framework(data):
    del data["national"]


def unknown_national_framework(data):
    data["national"] = "mgi-nowhere"


def unknown_competence(data):
    find_indicator(data, "6.1.1")["competence"] = "transport"


def competence_named_in_english_only(data):
    data["competences"][3]["name"] = "Employment services"


BROKEN_LOCAL_FILES = [
    (empty_domain, ["domains[2] (domain 3)", "field 'areas'", "should be non-empty"]),
    (
        statement_without_french,
        ["(indicator 1.1.4)", "field 'statements'", "'partial' statement has no text in fr"],
    ),
    (question_in_english_only, ["(indicator 2.2.1)", "field 'question'", "no text in es, fr"]),
    (
        mirror_of_a_missing_national_indicator,
        ["(indicator 5.3.2)", "field 'mirrors'", "no indicator '5.9.9'", "'mgi-national'"],
    ),
    (mirrors_without_a_national_framework, ["(indicator 1.1.1)", "names no national framework"]),
    (unknown_national_framework, ["field 'national'", "no national framework 'mgi-nowhere'"]),
    (unknown_competence, ["(indicator 6.1.1)", "field 'competence'", "no competence 'transport'"]),
    (competence_named_in_english_only, ["competences[3]", "field 'name'", "no text in es, fr"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("break_it", "words"), BROKEN_LOCAL_FILES, ids=[b.__name__ for b, _ in BROKEN_LOCAL_FILES]
)
def test_a_broken_local_file_is_refused_naming_the_entry_and_nothing_is_written(
    tmp_path, break_it, words
):
    data = local_data()
    break_it(data)
    broken = tmp_path / "local.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    with pytest.raises(CommandError) as caught:
        call_command("load_framework", str(broken))

    message = str(caught.value)
    assert message.startswith(f"{broken}, line ")
    for word in words:
        assert word in message
    assert Framework.objects.count() == 0


@pytest.mark.django_db
def test_a_local_file_mirroring_a_loaded_national_framework_that_is_not_shipped_loads(tmp_path):
    own_national = tmp_path / "national.yaml"
    own_national.write_text(
        NATIONAL_FRAMEWORK.read_text(encoding="utf-8").replace(
            "code: mgi-national", "code: own-national", 1
        ),
        encoding="utf-8",
    )
    load_framework(own_national)
    data = local_data()
    data["national"] = "own-national"
    local = tmp_path / "local.yaml"
    local.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    assert load_framework(local).framework.national == "own-national"


def test_the_local_framework_written_as_a_workbook_reads_back_the_same(tmp_path):
    from mgi.frameworks.workbook import write_framework_workbook

    from_yaml = read_framework_file(LOCAL_FRAMEWORK)
    workbook = tmp_path / "local.xlsx"
    workbook.write_bytes(write_framework_workbook(from_yaml.data))

    from_workbook = read_framework_file(workbook)

    assert from_workbook.data["competences"] == from_yaml.data["competences"]
    assert from_workbook.data == from_yaml.data
    assert from_workbook.checksum == from_yaml.checksum
