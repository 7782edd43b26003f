"""A place and year may give its overall alone, its six domains alone, or both."""

import io

import pytest
from django.core.management import CommandError, call_command

from mgi.results.models import PublishedSdgCategory

HEADER = "place,year,domain,category,source\n"
DOMAINS = ["PD_1", "PD_2", "PD_3", "PD_4", "PD_5", "PD_6"]


def domain_rows(place, year, categories, source="Statistics Canada"):
    return "".join(
        f"{place},{year},{d},{c},{source}\n" for d, c in zip(DOMAINS, categories, strict=True)
    )


def run(tmp_path, text, name="categories.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("sdg1072", "import", str(path), stdout=out)
    return out.getvalue()


def stored():
    return {
        (code, year, domain): (category, source)
        for code, year, domain, category, source in PublishedSdgCategory.objects.values_list(
            "place__code", "year", "domain", "category", "source"
        )
    }


@pytest.mark.django_db
def test_the_overall_alone_the_domains_alone_and_both_all_load(tmp_path):
    text = (
        HEADER
        + "PER,2019,_T,3,UN SDG Global Database\n"
        + domain_rows("ARM", 2021, [2, 2, 3, 2, 3, 2])
        + domain_rows("CAN", 2019, [3, 4, 4, 4, 4, 4])
        + "CAN,2019,_T,3,Statistics Canada\n"
    )

    output = run(tmp_path, text)

    assert output.startswith("14 categories, 3 place-years: 14 created")
    loaded = stored()
    assert loaded[("PER", 2019, "_T")] == (3, "UN SDG Global Database")
    assert ("ARM", 2021, "_T") not in loaded
    assert loaded[("ARM", 2021, "PD_3")] == (3, "Statistics Canada")
    assert loaded[("CAN", 2019, "_T")] == (3, "Statistics Canada")


@pytest.mark.django_db
def test_reimporting_a_file_without_a_source_column_keeps_the_stored_sources(tmp_path):
    run(tmp_path, HEADER + "PER,2019,_T,3,UN SDG Global Database\n")

    output = run(tmp_path, "place,year,domain,category\nPER,2019,_T,3\n", "again.csv")

    assert output.strip().endswith("0 created, 0 updated, 1 unchanged")
    assert stored()[("PER", 2019, "_T")] == (3, "UN SDG Global Database")


@pytest.mark.django_db
def test_a_corrected_category_without_a_source_column_keeps_the_source(tmp_path):
    run(tmp_path, HEADER + "PER,2021,_T,3,UN SDG Global Database\n")

    run(tmp_path, "place,year,domain,category\nPER,2021,_T,4\n", "again.csv")

    assert stored()[("PER", 2021, "_T")] == (4, "UN SDG Global Database")


@pytest.mark.django_db
def test_an_overall_impossible_with_domains_loaded_earlier_is_refused_and_nothing_changes(
    tmp_path,
):
    run(tmp_path, HEADER + domain_rows("CAN", 2019, [3, 4, 4, 4, 4, 4]))
    path = tmp_path / "overall.csv"
    path.write_text(HEADER + "PER,2019,_T,3,UN\nCAN,2019,_T,4,UN\n", encoding="utf-8")

    with pytest.raises(CommandError) as refused:
        call_command("sdg1072", "import", str(path), stdout=io.StringIO())

    assert "line 3, CAN 2019: overall category 4 (Fully meets) is impossible" in str(refused.value)
    assert "counting the categories already loaded" in str(refused.value)
    assert ("CAN", 2019, "_T") not in stored()
    assert ("PER", 2019, "_T") not in stored()


@pytest.mark.django_db
def test_domains_that_complete_a_stored_overall_are_checked_against_it(tmp_path):
    run(tmp_path, HEADER + "CAN,2019,_T,4,UN\n")
    path = tmp_path / "domains.csv"
    path.write_text(HEADER + domain_rows("CAN", 2019, [3, 4, 4, 4, 4, 4]), encoding="utf-8")

    with pytest.raises(CommandError, match="overall category 4 .* is impossible"):
        call_command("sdg1072", "import", str(path), stdout=io.StringIO())

    assert PublishedSdgCategory.objects.count() == 1
