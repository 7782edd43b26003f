from mgi.portal.wheel import LABEL_WIDTH, label_lines


def test_names_wrap_at_word_boundaries_to_fit_a_segment():
    assert label_lines("Whole of government approach", "en") == (
        "Whole of",
        "government",
        "approach",
    )


def test_a_word_longer_than_a_line_is_hyphenated_in_the_pages_language():
    lines = label_lines("Approche pangouvernementale", "fr")

    assert lines[0] == "Approche"
    assert all(len(line) <= LABEL_WIDTH for line in lines)
    assert lines[1].endswith("-")
    assert "".join(lines[1:]).replace("-", "") == "pangouvernementale"


def test_a_word_with_no_break_point_that_fits_is_left_whole():
    assert label_lines("Xxxxxxxxxxxxxxxxxxxx", "en") == ("Xxxxxxxxxxxxxxxxxxxx",)
