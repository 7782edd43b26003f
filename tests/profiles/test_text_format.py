import pytest

from mgi.profiles.text_format import ProfileTextError, parse_profile_bytes, parse_profile_text

DOMAINS = {
    1: ["Migrants' rights"],
    2: ["Whole of government approach"],
    3: ["Partnerships"],
}

A_PROFILE = """\
Key findings
Introduction

This profile looks at how Ruritania governs migration.
It has two lines in one paragraph.

A second paragraph.

Key findings
Migrants' rights

Migration Governance: examples of well-developed areas:

  • Migrants use public clinics as citizens do.
  • Children of migrants go to public schools.

Areas with potential for further development:

  • Residents from abroad cannot vote locally.

Key findings
Whole of government approach

Migration Governance: examples of well-developed areas:

  • A migration agency runs the visa system.
Key findings
Partnerships

Migration Governance: examples of well-developed areas:

  • The state works with diaspora groups.

Areas with potential for further development:

  • No formal partnership with employers.

2021 March

Migration Governance Profile: The Republic of Peru
"""


def texts(findings):
    return [finding.text for finding in findings]


def test_it_reads_title_date_introduction_and_findings_in_order():
    profile = parse_profile_text(A_PROFILE, DOMAINS)

    assert profile.title == "Migration Governance Profile: The Republic of Peru"
    assert profile.place_name == "The Republic of Peru"
    assert (profile.year, profile.month) == (2021, 3)
    assert profile.introduction == (
        "This profile looks at how Ruritania governs migration. It has two lines in one paragraph."
        "\n\nA second paragraph."
    )
    assert [d.number for d in profile.domains] == [1, 2, 3]
    rights = profile.domains[0]
    assert texts(rights.well_developed) == [
        "Migrants use public clinics as citizens do.",
        "Children of migrants go to public schools.",
    ]
    assert texts(rights.potential) == ["Residents from abroad cannot vote locally."]


def test_a_domain_may_have_no_potential_part():
    profile = parse_profile_text(A_PROFILE, DOMAINS)

    whole_of_government = profile.domains[1]
    assert texts(whole_of_government.well_developed) == ["A migration agency runs the visa system."]
    assert whole_of_government.potential == []


@pytest.mark.parametrize("bullet", ["•", "●", "-", "*", "▪"])
def test_it_reads_each_kind_of_bullet(bullet):
    text = A_PROFILE.replace("  • ", f"  {bullet} ")

    profile = parse_profile_text(text, DOMAINS)

    assert profile.finding_count() == 6


def test_it_tolerates_what_pasted_text_contains():
    messy = (
        A_PROFILE.replace("\n", "\r\n")
        .replace("  • Migrants use", "\t\t•\u00a0Migrants\u00a0use")
        .replace("Key findings\r\nPartnerships", "Key findings\r\n\r\n\r\n   Partnerships   ")
        .replace("Migrants' rights", "Migrants\u2019 rights")
    )

    profile = parse_profile_bytes(("\ufeff" + messy).encode("utf-8"), DOMAINS)

    assert (
        texts(profile.domains[0].well_developed)[0] == "Migrants use public clinics as citizens do."
    )
    assert profile.domains[2].heading == "Partnerships"
    assert profile.finding_count() == 6


def test_a_finding_wrapped_onto_the_next_line_stays_one_finding():
    wrapped = A_PROFILE.replace(
        "  • Migrants use public clinics as citizens do.",
        "  • Migrants use public clinics\n    as citizens do.",
    )

    profile = parse_profile_text(wrapped, DOMAINS)

    assert (
        texts(profile.domains[0].well_developed)[0] == "Migrants use public clinics as citizens do."
    )


@pytest.mark.parametrize("date_line", ["2021 March", "March 2021", "March, 2021", "2021 MARCH"])
def test_it_reads_the_date_either_way_round(date_line):
    profile = parse_profile_text(A_PROFILE.replace("2021 March", date_line), DOMAINS)

    assert (profile.year, profile.month) == (2021, 3)


def error_for(text: str | bytes) -> ProfileTextError:
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    with pytest.raises(ProfileTextError) as caught:
        parse_profile_bytes(raw, DOMAINS)
    return caught.value


def test_an_empty_file_is_refused():
    assert "empty" in str(error_for(""))
    assert "empty" in str(error_for("\n  \r\n\t\n"))


def test_a_file_without_title_is_refused_at_its_end():
    text = A_PROFILE.replace("Migration Governance Profile: The Republic of Peru", "")

    error = error_for(text)

    assert "no title line" in error.message
    assert error.line == len(text.split("\n"))


def test_a_bullet_before_any_domain_is_refused_with_its_line():
    text = A_PROFILE.replace("A second paragraph.", "• A finding too early.")

    error = error_for(text)

    assert error.line == 7
    assert "bullet" in error.message


def test_an_unknown_domain_name_is_refused_with_its_line():
    text = A_PROFILE.replace("Key findings\nPartnerships", "Key findings\nPartnerchips")

    error = error_for(text)

    assert error.line == 28
    assert "'Partnerchips'" in error.message
    assert "Migrants' rights" in error.message  # it lists what was expected


@pytest.mark.parametrize(
    "garbage",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"Key findings\n\xff\xfe\xfa broken",
        b"Key findings\nIntroduction\n\x07\x08 bell and backspace",
    ],
)
def test_binary_garbage_is_refused(garbage):
    error = error_for(garbage)

    assert error.line >= 1
    assert any(word in error.message for word in ("binary", "UTF-8", "control character"))


def test_a_domain_appearing_twice_is_refused():
    text = A_PROFILE.replace(
        "Key findings\nPartnerships", "Key findings\nMigrants' rights\n\nKey findings\nPartnerships"
    )

    error = error_for(text)

    assert "appears twice" in error.message
    assert "line 10" in error.message


def test_a_finding_before_its_list_heading_is_refused():
    text = A_PROFILE.replace(
        "Migration Governance: examples of well-developed areas:\n\n  • Migrants use",
        "  • Migrants use",
    )

    error = error_for(text)

    assert error.line == 12
    assert "heading" in error.message


def test_comment_lines_are_ignored():
    profile = parse_profile_text("# where this text comes from\n" + A_PROFILE, DOMAINS)

    assert profile.finding_count() == 6
