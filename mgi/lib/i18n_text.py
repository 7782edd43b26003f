"""Text stored per language as {"en": ..., "es": ...}, read with a fallback to English."""

from django.utils.translation import get_language

FALLBACK_LANGUAGE = "en"


def pick_with_language(texts: dict | None, language: str | None = None) -> tuple[str, str]:
    """The text in `language` (default: the active one), else English, else any, with the
    language it is actually in, so a page can mark a fallback instead of hiding it."""
    language = (language or get_language() or FALLBACK_LANGUAGE).split("-")[0]
    if not texts:
        return "", language
    if texts.get(language):
        return texts[language], language
    if texts.get(FALLBACK_LANGUAGE):
        return texts[FALLBACK_LANGUAGE], FALLBACK_LANGUAGE
    return next(((value, lang) for lang, value in texts.items() if value), ("", language))


def pick(texts: dict | None, language: str | None = None) -> str:
    """The text in `language` (default: the active one), else English, else any; "" if none."""
    return pick_with_language(texts, language)[0]


def as_texts(value: str | dict | None, language: str = FALLBACK_LANGUAGE) -> dict:
    """Accept a plain string (in `language`) or a per-language mapping; return the mapping."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {language: value}
    return {lang: text for lang, text in value.items() if text}
