"""Text stored per language as {"en": ..., "es": ...}, read with a fallback to English."""

from django.utils.translation import get_language

FALLBACK_LANGUAGE = "en"


def pick(texts: dict | None, language: str | None = None) -> str:
    """The text in `language` (default: the active one), else English, else any; "" if none."""
    if not texts:
        return ""
    language = (language or get_language() or FALLBACK_LANGUAGE).split("-")[0]
    if texts.get(language):
        return texts[language]
    if texts.get(FALLBACK_LANGUAGE):
        return texts[FALLBACK_LANGUAGE]
    return next((value for value in texts.values() if value), "")


def as_texts(value: str | dict | None, language: str = FALLBACK_LANGUAGE) -> dict:
    """Accept a plain string (in `language`) or a per-language mapping; return the mapping."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {language: value}
    return {lang: text for lang, text in value.items() if text}
