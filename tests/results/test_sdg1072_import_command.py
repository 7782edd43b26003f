"""`mgi sdg1072 import` loads published categories all or nothing, refusing impossible overalls."""

import io

import pytest
from django.core.management import CommandError, call_command

from mgi.assessments.models import AuditRecord
from mgi.places.models import Place
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import CATEGORY_LABELS

HEADER = "place,year,domain,category\n"
DOMAINS = ["PD_1", "PD_2", "PD_3", "PD_4", "PD_5", "PD_6"]


def rows(place: str, year: int, domain_categories: list[int], overall: int) -> str:
    lines = [f"{place},{year},{d},{c}\n" for d, c in zip(DOMAINS, domain_categories, strict=True)]
    return "".join(lines) + f"{place},{year},_T,{overall}\n"


CANADA_2019 = rows("CAN", 2019, [3, 4, 4, 4, 4, 4], 3)
CANADA_2021 = rows("CAN", 2021, [3, 4, 4, 4, 4, 4], 3)


@pytest.fixture
def write_csv(tmp_path):
    def write(text: str | bytes, name: str = "categories.csv") -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def run_import(path: str) -> str:
    out = io.StringIO()
    call_command("sdg1072", "import", path, stdout=out)
    return out.getvalue()


def loaded() -> list[tuple]:
    return list(
        PublishedSdgCategory.objects.values_list("place__code", "year", "domain", "category")
    )


def refusal(path: str) -> str:
    out = io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("sdg1072", "import", path, stdout=out)
    assert out.getvalue() == ""
    return str(refused.value).removeprefix(f"{path}: ")


@pytest.mark.django_db
def test_the_canadian_categories_with_overall_meets_are_loaded(write_csv):
    output = run_import(write_csv(HEADER + CANADA_2019 + CANADA_2021))

    assert output == "14 categories, 2 place-years: 14 created, 0 updated, 0 unchanged\n"
    assert loaded() == [
        ("CAN", 2019, "PD_1", 3),
        ("CAN", 2019, "PD_2", 4),
        ("CAN", 2019, "PD_3", 4),
        ("CAN", 2019, "PD_4", 4),
        ("CAN", 2019, "PD_5", 4),
        ("CAN", 2019, "PD_6", 4),
        ("CAN", 2019, "_T", 3),
        ("CAN", 2021, "PD_1", 3),
        ("CAN", 2021, "PD_2", 4),
        ("CAN", 2021, "PD_3", 4),
        ("CAN", 2021, "PD_4", 4),
        ("CAN", 2021, "PD_5", 4),
        ("CAN", 2021, "PD_6", 4),
        ("CAN", 2021, "_T", 3),
    ]
    assert Place.objects.get().to_dict() == {"code": "CAN", "name": "Canada", "kind": "country"}
    assert AuditRecord.objects.filter(action="sdg1072_category_create").count() == 14


@pytest.mark.django_db
@pytest.mark.parametrize("overall", [4, 2])
def test_the_canadian_categories_with_another_overall_are_refused_and_nothing_is_loaded(
    write_csv, overall
):
    path = write_csv(HEADER + rows("CAN", 2019, [3, 4, 4, 4, 4, 4], overall) + CANADA_2021)

    message = refusal(path)

    assert message == (
        f"line 8, CAN 2019: overall category {overall} ({CATEGORY_LABELS[overall]}) is "
        "impossible with domain categories 3, 4, 4, 4, 4, 4 (PD_1 to PD_6), which put the "
        "overall value between 96.67 and 98.33; possible overall categories: 3 (Meets)"
    )
    assert PublishedSdgCategory.objects.count() == 0
    assert Place.objects.count() == 0
    assert AuditRecord.objects.count() == 0


@pytest.mark.django_db
def test_a_refused_file_leaves_earlier_loads_untouched(write_csv):
    run_import(write_csv(HEADER + CANADA_2019, name="first.csv"))
    before = loaded()

    impossible = rows("PER", 2021, [1, 2, 2, 2, 2, 2], 3)
    refusal(write_csv(HEADER + CANADA_2019.replace(",_T,3", ",_T,4") + impossible))

    assert loaded() == before


@pytest.mark.django_db
def test_an_impossible_place_and_year_later_in_the_file_stops_the_earlier_ones(write_csv):
    path = write_csv(HEADER + CANADA_2019 + rows("PER", 2021, [1, 2, 2, 2, 2, 2], 3))

    assert refusal(path).startswith(
        "line 15, PER 2021: overall category 3 (Meets) is impossible with domain categories "
        "1, 2, 2, 2, 2, 2 (PD_1 to PD_6), which put the overall value between 33.33 and 55.00; "
        "possible overall categories: 1 (Requires further progress), 2 (Partially meets)"
    )
    assert PublishedSdgCategory.objects.count() == 0


@pytest.mark.django_db
def test_importing_the_same_file_again_changes_nothing(write_csv):
    path = write_csv(HEADER + CANADA_2019 + CANADA_2021)
    run_import(path)
    before = list(PublishedSdgCategory.objects.values())
    audit_count = AuditRecord.objects.count()

    output = run_import(path)

    assert output == "14 categories, 2 place-years: 0 created, 0 updated, 14 unchanged\n"
    assert list(PublishedSdgCategory.objects.values()) == before
    assert AuditRecord.objects.count() == audit_count


@pytest.mark.django_db
def test_a_corrected_file_updates_categories_in_place_and_logs_the_change(write_csv):
    run_import(write_csv(HEADER + CANADA_2019, name="first.csv"))
    first_pk = PublishedSdgCategory.objects.get(domain="PD_1").pk
    # Domain 1 at 100 now: 100 and five 100s make the overall exactly 100, fully meets.
    corrected = CANADA_2019.replace("PD_1,3", "PD_1,4").replace("_T,3", "_T,4")

    output = run_import(write_csv(HEADER + corrected, name="second.csv"))

    assert output == "7 categories, 1 place-year: 0 created, 2 updated, 5 unchanged\n"
    assert PublishedSdgCategory.objects.get(domain="PD_1").pk == first_pk
    assert set(loaded()) >= {("CAN", 2019, "PD_1", 4), ("CAN", 2019, "_T", 4)}
    update = AuditRecord.objects.filter(action="sdg1072_category_update").order_by("id").first()
    assert (update.before["category"], update.after["category"], update.via) == (
        3,
        4,
        "sdg1072 import",
    )


@pytest.mark.django_db
def test_an_optional_source_column_is_kept(write_csv):
    text = "Place,Year,Domain,Category,Source\n" + "".join(
        line.rstrip("\n") + ",UN SDG database SG_CPA_MIGRS\n" for line in CANADA_2019.splitlines()
    )

    run_import(write_csv(text))

    assert set(PublishedSdgCategory.objects.values_list("source", flat=True)) == {
        "UN SDG database SG_CPA_MIGRS"
    }


@pytest.mark.django_db
def test_codes_are_read_case_insensitively_and_alpha_2_codes_name_the_same_country(write_csv):
    text = HEADER + CANADA_2019.replace("CAN,", " ca ,").replace("_T", "_t").replace("PD_", "pd_")

    run_import(write_csv(text))

    assert loaded()[0] == ("CAN", 2019, "PD_1", 3)
    assert PublishedSdgCategory.objects.filter(domain="_T").count() == 1


BROKEN = [
    # (file text, expected message after the path)
    (
        HEADER + CANADA_2019.replace("CAN,2019,PD_5,4\n", ""),
        "line 2, CAN 2019: no row for PD_5 (a place and year gives all six domains PD_1 to "
        "PD_6, the overall _T, or both)",
    ),
    (
        HEADER + CANADA_2019.replace("CAN,2019,_T,3\n", "").replace("CAN,2019,PD_1,3\n", ""),
        "line 2, CAN 2019: no row for PD_1 (a place and year gives all six domains PD_1 to "
        "PD_6, the overall _T, or both)",
    ),
    (
        HEADER + CANADA_2019 + "CAN,2019,PD_3,4\n",
        "line 9: CAN 2019 PD_3 repeated (first on line 4)",
    ),
    (
        HEADER + CANADA_2019 + "CA,2019,PD_3,4\n",
        "line 9: CAN 2019 PD_3 repeated (first on line 4)",
    ),
    (
        HEADER + CANADA_2019.replace("PD_6", "PD_7"),
        "line 7, CAN 2019: unknown domain 'PD_7' (expected PD_1 to PD_6, or _T for overall)",
    ),
    (
        HEADER + CANADA_2019.replace("PD_2,4", "PD_2,5"),
        "line 3, CAN 2019 PD_2: category must be 1, 2, 3 or 4, not '5'",
    ),
    (
        HEADER + CANADA_2019.replace("PD_2,4", "PD_2,3.0"),
        "line 3, CAN 2019 PD_2: category must be 1, 2, 3 or 4, not '3.0'",
    ),
    (
        HEADER + CANADA_2019.replace("PD_2,4", "PD_2,"),
        "line 3, CAN 2019 PD_2: category must be 1, 2, 3 or 4, not ''",
    ),
    (
        HEADER + CANADA_2019.replace("CAN,2019,PD_4", "CAN,19,PD_4"),
        "line 5, place CAN: year must be 2015 to 2100, not '19'",
    ),
    (
        HEADER + CANADA_2019.replace("CAN,2019,PD_4", "XXX,2019,PD_4"),
        "line 5: place: 'XXX' is not a country name or ISO 3166 code",
    ),
    (
        "place,year,category\n" + "CAN,2019,3\n",
        "line 1: missing column domain (expected place,year,domain,category)",
    ),
    ("", "the file is empty (expected a header line place,year,domain,category)"),
    ("\n\n", "the file is empty (expected a header line place,year,domain,category)"),
    (HEADER, "line 1: no rows after the header"),
    (HEADER.encode() + b"CAN,2019,PD_1,\xff\n", "line 2: not UTF-8 text (byte 41)"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("text, message", BROKEN)
def test_a_broken_file_is_refused_naming_the_line_and_nothing_is_loaded(write_csv, text, message):
    assert refusal(write_csv(text)) == message
    assert PublishedSdgCategory.objects.count() == 0
    assert Place.objects.count() == 0


def test_the_model_offers_the_calculators_category_labels():
    field = PublishedSdgCategory._meta.get_field("category")

    assert [(code, str(label)) for code, label in field.choices] == list(CATEGORY_LABELS.items())
