import datetime

import pytest

from mgi.lib.months import parse_month


def test_a_year_and_month_is_the_first_of_that_month():
    assert parse_month("2019-12") == datetime.date(2019, 12, 1)


@pytest.mark.parametrize("text", ["2019", "", "2019-13", "2019-00", "December 2019", "2019-1x"])
def test_a_bare_year_or_anything_else_has_no_month(text):
    assert parse_month(text) is None
