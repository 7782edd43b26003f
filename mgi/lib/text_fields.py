"""Text fields that never store the invisible characters which reorder text on screen.

U+202A to U+202E (embeddings and overrides) and U+2066 to U+2069 (isolates) make a browser or a
PDF show characters in another order than the one they are stored in: a right-to-left override
turns "reg\u202eexe.pdf" into what reads as a PDF's name. The platform's texts are in English,
Spanish and French, which never need them, so no text is stored with them, whichever way it
arrives (a form, a workbook, an import, the admin, a bulk write): these fields drop them as they
hand the value to the database.
"""

import re

from django.db import models

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(value):
    return BIDI_CONTROLS.sub("", value) if isinstance(value, str) else value


class PlainCharField(models.CharField):
    def get_prep_value(self, value):
        return without_bidi_controls(super().get_prep_value(value))


class PlainTextField(models.TextField):
    def get_prep_value(self, value):
        return without_bidi_controls(super().get_prep_value(value))


def _without_bidi_controls_inside(value):
    if isinstance(value, str):
        return without_bidi_controls(value)
    if isinstance(value, dict):
        return {key: _without_bidi_controls_inside(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_bidi_controls_inside(item) for item in value]
    return value


class PlainJSONField(models.JSONField):
    """Texts kept per language ({"en": ..., "es": ...}), each without bidirectional controls."""

    def get_prep_value(self, value):
        return super().get_prep_value(_without_bidi_controls_inside(value))
