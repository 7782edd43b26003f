"""`mgi sdg1072 import-open-sdg` reads the files national open-sdg platforms publish."""

import io

import pytest
from django.core.management import CommandError, call_command

from mgi.results.models import PublishedSdgCategory

# Canada's shape: a `Policy domain` column, "Total" for the overall, domains by name.
CANADA = """Year,Policy domain,Value
2019,Total,3
2019,Migrant rights,3
2019,Whole-of-government/evidence-based policies,4
2019,Cooperation and partnerships,4
2019,Socioeconomic well-being,4
2019,Mobility dimensions of crises,4
2019,"Safe, orderly and regular migration",4
2021,Total,3
"""
# Armenia's shape: numbered `Policy area` labels, the domains without the overall.
ARMENIA = """Year,Policy area,Value
2021,Domain 1. Migrant rights,2
2021,Domain 2. Whole-of-government / evidence-based policies,2
2021,Domain 3. Cooperation and partnerships,3
2021,Domain 4. Socioeconomic well-being,2
2021,Domain 5. Mobility dimensions of crises,3
2021,"Domain 6. Safe, orderly and regular migration",2
"""
# Lower-case column, "(n)" labels, a survey year without a value.
KYRGYZSTAN = """Year,migration policy area,Value
2018/2019,(1) migrant rights,.
2019,(1) migrant rights,2
2019,(2) whole-of-government / evidence-based policies,2
2019,(3) cooperation and partnerships,4
2019,(4) socioeconomic well-being,2
2019,(5) mobility dimensions of crises,4
2019,"(6) safe, orderly and regular migration",4
2019,,3
"""
# A Series/Unit pair and "all domains".
SERIES_UNIT = """Year,Series,Units,Value
2019,Extent to which countries have well-managed migration policies,All domains,2
2021,Extent to which countries have well-managed migration policies,All domains,3
"""
# Only the overall: no disaggregation column at all.
OVERALL_ONLY = "Year,Value\n2019,3\n2021,4\n"
SPANISH = """Year,Dominio de política,Value
2019,Todos,3
2019,Derechos de los migrantes,3
2019,Enfoque de gobierno integral / políticas basadas en datos empíricos,3
2019,Cooperación y alianzas,3
2019,Bienestar socioeconómico,2
2019,Dimensiones de movilidad de las crisis,4
2019,"Migración segura, ordenada y regular",4
"""
FRENCH = """Year,Domaine politique,Value
2021,Tous,3
2021,Droits des migrants,3
2021,Approche pangouvernementale / politiques fondées sur des données factuelles,4
2021,Coopération et partenariats,4
2021,Bien-être socioéconomique,4
2021,Dimensions de mobilité des crises,4
2021,"Migration sûre, ordonnée et régulière",4
"""


def run(tmp_path, text, place, *extra):
    path = tmp_path / "indicator_10-7-2.csv"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("sdg1072", "import-open-sdg", str(path), "--place", place, *extra, stdout=out)
    return out.getvalue()


def refusal(tmp_path, text, place="CAN"):
    path = tmp_path / "indicator_10-7-2.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        call_command("sdg1072", "import-open-sdg", str(path), "--place", place)
    assert PublishedSdgCategory.objects.count() == 0
    return str(refused.value).removeprefix(f"{path}: ")


def categories(place):
    return {
        (year, domain): category
        for year, domain, category in PublishedSdgCategory.objects.filter(
            place__code=place
        ).values_list("year", "domain", "category")
    }


@pytest.mark.django_db
def test_canadas_file_with_a_total_and_named_domains_loads(tmp_path):
    output = run(tmp_path, CANADA, "CAN", "--source", "Statistics Canada SDG Hub")

    loaded = categories("CAN")
    assert loaded[(2019, "_T")] == 3
    assert loaded[(2019, "PD_2")] == 4
    assert loaded[(2021, "_T")] == 3
    assert len(loaded) == 8
    assert set(PublishedSdgCategory.objects.values_list("source", flat=True)) == {
        "Statistics Canada SDG Hub"
    }
    assert output.startswith("8 categories, 2 place-years: 8 created")


@pytest.mark.django_db
def test_armenias_numbered_domains_without_an_overall_load(tmp_path):
    run(tmp_path, ARMENIA, "ARM")

    loaded = categories("ARM")
    assert [loaded[(2021, f"PD_{n}")] for n in range(1, 7)] == [2, 2, 3, 2, 3, 2]
    assert (2021, "_T") not in loaded


@pytest.mark.django_db
def test_rows_without_a_value_are_skipped_and_counted(tmp_path):
    output = run(tmp_path, KYRGYZSTAN, "KGZ")

    assert categories("KGZ")[(2019, "_T")] == 3
    assert categories("KGZ")[(2019, "PD_3")] == 4
    assert output.strip().endswith("; 1 row without a value skipped")


@pytest.mark.django_db
def test_a_series_and_unit_saying_all_domains_is_the_overall(tmp_path):
    run(tmp_path, SERIES_UNIT, "KAZ")

    assert categories("KAZ") == {(2019, "_T"): 2, (2021, "_T"): 3}


@pytest.mark.django_db
def test_a_file_without_disaggregation_holds_only_the_overall(tmp_path):
    run(tmp_path, OVERALL_ONLY, "PNG")

    assert categories("PNG") == {(2019, "_T"): 3, (2021, "_T"): 4}


@pytest.mark.django_db
@pytest.mark.parametrize("text, place", [(SPANISH, "PER"), (FRENCH, "CAN")])
def test_spanish_and_french_labels_name_the_domains_and_the_overall(tmp_path, text, place):
    run(tmp_path, text, place)

    loaded = categories(place)
    assert len(loaded) == 7
    assert any(domain == "_T" for _, domain in loaded)


@pytest.mark.django_db
def test_an_import_without_a_source_keeps_the_source_stored(tmp_path):
    run(tmp_path, OVERALL_ONLY, "PNG", "--source", "PNG national SDG platform")

    run(tmp_path, OVERALL_ONLY, "PNG")

    assert set(PublishedSdgCategory.objects.values_list("source", flat=True)) == {
        "PNG national SDG platform"
    }


REFUSED = [
    (
        CANADA.replace("Cooperation and partnerships", "Cooperation and friendship"),
        "line 5: 'Policy domain' is 'Cooperation and friendship', which is neither a 10.7.2 "
        "domain (1 to 6, by number or name) nor the overall (Total, All domains)",
    ),
    (
        ARMENIA.replace("Domain 3", "Domain 7"),
        "line 4: 'Policy area' is 'Domain 7. Cooperation and partnerships', which is neither a "
        "10.7.2 domain (1 to 6, by number or name) nor the overall (Total, All domains)",
    ),
    (
        CANADA + "2019,Migrant rights,3\n",
        "line 10: CAN 2019 PD_1 given twice (first on line 3)",
    ),
    (
        CANADA.replace("2019,Socioeconomic well-being,4", "2019,Socioeconomic well-being,5"),
        "line 6, 2019 PD_4: Value must be a category 1, 2, 3 or 4, not '5'",
    ),
    (
        CANADA.replace("2019,Total,3", "2019,Total,4"),
        "line 2, CAN 2019: overall category 4 (Fully meets) is impossible with domain categories "
        "3, 4, 4, 4, 4, 4 (PD_1 to PD_6), which put the overall value between 96.67 and 98.33; "
        "possible overall categories: 3 (Meets)",
    ),
    (
        ARMENIA.replace("2021,Domain 4. Socioeconomic well-being,2\n", ""),
        "line 2, CAN 2021: no row for PD_4 (a place and year gives all six domains PD_1 to "
        "PD_6, the overall _T, or both)",
    ),
    (
        "Year,Policy domain\n2019,Total\n",
        "line 1: no 'Value' column (an open-sdg file has "
        "Year, Value and its disaggregation columns)",
    ),
    (
        KYRGYZSTAN.replace("2018/2019,(1) migrant rights,.", "2018/2019,(1) migrant rights,2"),
        "line 2: year must be 2015 to 2100, not '2018/2019'",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("text, message", REFUSED)
def test_a_file_that_is_not_10_7_2_is_refused_naming_the_row(tmp_path, text, message):
    assert refusal(tmp_path, text) == message
