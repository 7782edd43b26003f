"""Year-month texts such as "2019-12", the way profiles and workbooks carry their dates."""

import datetime


def parse_month(text: str) -> datetime.date | None:
    """ "2019-12" -> the first of that month, so templates print the month in the reader's
    language; a bare year ("2019") or anything else has no month to print."""
    year, _, month = (text or "").partition("-")
    if not (year.isdigit() and month.isdigit()) or not 1 <= int(month) <= 12:
        return None
    return datetime.date(int(year), int(month), 1)
