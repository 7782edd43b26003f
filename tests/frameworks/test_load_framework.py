from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from mgi.frameworks.files import NATIONAL_FRAMEWORK, SDG_FRAMEWORK, FrameworkFileError
from mgi.frameworks.loading import load_framework
from mgi.frameworks.models import Area, Domain, Framework, Indicator, ScaleOption

SEED_DOMAIN_NAMES = [
    "Migrants' rights",
    "Whole of government approach",
    "Partnerships",
    "Well-being of migrants",
    "Mobility dimensions of crises",
    "Safe, orderly and regular migration",
]


def test_the_national_framework_has_six_domains_named_as_in_profiles(national_framework):
    domains = list(national_framework.domains.order_by("number"))

    assert [d.number for d in domains] == [1, 2, 3, 4, 5, 6]
    assert [d.name["en"] for d in domains] == SEED_DOMAIN_NAMES
    assert all(len(d.summary["en"]) > 100 for d in domains)
    assert all(d.areas.count() >= 3 for d in domains)


def test_every_national_indicator_has_a_question_guidance_and_the_presence_scale(
    national_framework,
):
    indicators = list(national_framework.indicators.select_related("scale"))

    assert len(indicators) >= 80
    for indicator in indicators:
        assert indicator.question["en"].strip(), indicator.code
        assert indicator.guidance["en"].strip(), indicator.code
        assert indicator.code.startswith(f"{indicator.area.domain.number}.{indicator.area.number}.")
    options = {
        o.code: o.value
        for o in ScaleOption.objects.filter(
            scale__framework=national_framework, scale__code="presence"
        )
    }
    assert options == {
        "complete": Decimal("1"),
        "partial": Decimal("0.5"),
        "absent": Decimal("0"),
        "not_applicable": None,
        "not_assessed": None,
    }


def test_the_sdg_framework_has_thirty_subcategories_with_the_official_values(sdg_framework):
    codes = list(sdg_framework.indicators.values_list("code", flat=True))
    assert codes == [f"{d}{letter}" for d in range(1, 7) for letter in "abcde"]
    values = {
        indicator.code: {o.code: o.value for o in indicator.scale.options.all()}
        for indicator in sdg_framework.indicators.select_related("scale")
    }
    assert values["1c"] == {
        "yes": Decimal("1"),
        "yes_regular_only": Decimal("0.5"),
        "no": Decimal("0"),
    }
    assert values["4b"] == {"yes": Decimal("1"), "no": Decimal("0")}
    assert all(set(v) == {"yes", "no"} for code, v in values.items() if not code.startswith("1"))
    assert list(sdg_framework.domains.values_list("code", flat=True)) == [
        f"PD_{n}" for n in range(1, 7)
    ]


def snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Framework, Domain, Area, Indicator, ScaleOption)
    }


@pytest.mark.django_db
def test_loading_the_same_file_twice_changes_nothing():
    first = load_framework(NATIONAL_FRAMEWORK)
    before = snapshot()
    loaded_at = Framework.objects.get().loaded_at

    second = load_framework(NATIONAL_FRAMEWORK)

    assert (first.action, second.action) == ("created", "unchanged")
    assert snapshot() == before
    assert Framework.objects.get().loaded_at == loaded_at


@pytest.mark.django_db
def test_a_changed_file_updates_the_framework_in_place(tmp_path):
    load_framework(SDG_FRAMEWORK)
    indicator_pk = Indicator.objects.get(code="2a").pk
    changed = tmp_path / "sdg.yaml"
    changed.write_text(
        SDG_FRAMEWORK.read_text().replace(
            "Is there a dedicated government agency", "Does a dedicated government agency exist"
        )
    )

    outcome = load_framework(changed)

    assert outcome.action == "updated"
    indicator = Indicator.objects.get(code="2a")
    assert indicator.pk == indicator_pk
    assert indicator.question["en"].startswith("Does a dedicated government agency exist")
    assert Framework.objects.count() == 1


# A frozen framework file, so that the line numbers below do not move when the shipped
# frameworks are edited.
SAMPLE_FRAMEWORK = Path(__file__).parent / "data" / "framework-sample.yaml"

BROKEN_FILES = [
    # (what to replace in the sample file, with what, expected line, expected words in the message)
    (
        'question: "Is there a dedicated',
        'questoin: "Is there a dedicated',
        50,
        ["domains[1].areas[0].indicators[0] (indicator 2a)", "unknown field 'questoin'"],
    ),
    (
        "{code: 2b, scale: yes_no",
        "{code: 3b, scale: yes_no",
        51,
        ["(indicator 3b)", "field 'code'", "domain number 2"],
    ),
    (
        "{code: 6e, scale: yes_no",
        "{code: 6e, scale: maybe",
        114,
        ["(indicator 6e)", "field 'scale'", "no scale 'maybe'"],
    ),
    ('    colour: "#a3263b"', "    colour: red", 89, ["domains[4] (domain 5)", "field 'colour'"]),
    (
        "    name: Migrant rights\n    colour",
        "    name: ''\n    colour",
        28,
        ["domains[0] (domain 1)", "field 'name'", "non-empty text"],
    ),
    (
        "{code: 1b, scale: rights",
        "{code: 1a, scale: rights",
        36,
        ["(indicator 1a)", "field 'code'", "used twice"],
    ),
    ('version: "2019"\n', "", 1, ["(top level)", "'version' is missing"]),
    ("kind: sdg", "kind: [sdg", 5, ["not valid YAML"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("old", "new", "line", "words"), BROKEN_FILES)
def test_the_first_error_names_the_file_line_entry_and_field_and_nothing_is_written(
    tmp_path, old, new, line, words
):
    broken = tmp_path / "broken.yaml"
    source = SAMPLE_FRAMEWORK.read_text()
    assert old in source
    broken.write_text(source.replace(old, new, 1))

    with pytest.raises(CommandError) as caught:
        call_command("load_framework", str(broken))

    message = str(caught.value)
    assert message.startswith(f"{broken}, line {line}:")
    for word in words:
        assert word in message
    assert Framework.objects.count() == 0


@pytest.mark.django_db
def test_a_missing_file_is_named():
    with pytest.raises(FrameworkFileError, match="no such file"):
        load_framework(Path("/nowhere/framework.yaml"))


def relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("path", [NATIONAL_FRAMEWORK, SDG_FRAMEWORK], ids=lambda p: p.name)
def test_domain_colours_give_white_wheel_labels_aa_contrast(path):
    import yaml

    for domain in yaml.safe_load(path.read_text())["domains"]:
        ratio = 1.05 / (relative_luminance(domain["colour"]) + 0.05)
        assert ratio >= 4.5, f"domain {domain['number']} colour {domain['colour']}: {ratio:.2f}"


@pytest.mark.django_db
def test_a_yaml_alias_bomb_is_refused_at_once_naming_the_line(tmp_path):
    import time

    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]")
    bomb = tmp_path / "framework.yaml"
    bomb.write_text("format: 1\n" + "\n".join(lines) + "\n")

    started = time.monotonic()
    with pytest.raises(CommandError) as caught:
        call_command("load_framework", str(bomb))

    assert time.monotonic() - started < 10  # generous: expanding it would never end
    assert f"{bomb}, line 3: not valid YAML: aliases (*name) are not allowed" in str(caught.value)
    assert Framework.objects.count() == 0
