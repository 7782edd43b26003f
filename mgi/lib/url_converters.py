"""Path converters and form ids for numbers the database can hold: Django's `int` takes any run
of digits, and a twenty-digit round year reaches the database as an integer too large for it."""

from django.urls import register_converter


class RoundYearConverter:
    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return f"{int(value):04d}"


class SmallNumberConverter:
    """A revision or other counter: at most nine digits, which every database's integer holds."""

    regex = "[0-9]{1,9}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


def register_number_converters() -> None:
    register_converter(RoundYearConverter, "year")
    register_converter(SmallNumberConverter, "number")


def database_id(text: str) -> int | None:
    """A row id typed in a form, or None if it is none (letters, a sign, or too many digits)."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None
