"""SDG 10.7.2 derived from an assessment, set beside the categories the UN published."""

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mgi.frameworks.models import Indicator
from mgi.lib.i18n_text import pick
from mgi.lib.shared_reads import shared_read
from mgi.results.assessment_results import PublishedCategories
from mgi.results.models import PublishedSdgCategory
from mgi.results.sdg1072 import CATEGORY_LABELS, DOMAIN_CODES, OVERALL_CODE, Score, format_value
from mgi.results.sdg1072_derivation import (
    AN_INDICATOR_ABSENT,
    EVERY_INDICATOR_COMPLETE,
    LIMITED_TO_REGULAR_MIGRANTS,
    NO_CROSSWALKED_INDICATOR,
    NOT_SETTLED,
    Derivation,
)

SDG_FRAMEWORK_CODE = "sdg-10-7-2"
ANSWER_LABELS = {
    "yes": gettext_lazy("Yes"),
    "no": gettext_lazy("No"),
    "yes_regular_only": gettext_lazy("Yes, only for those with legal immigration status"),
}
REASON_LABELS = {
    EVERY_INDICATOR_COMPLETE: gettext_lazy("every corresponding indicator is complete"),
    AN_INDICATOR_ABSENT: gettext_lazy("a corresponding indicator is absent"),
    LIMITED_TO_REGULAR_MIGRANTS: gettext_lazy(
        "the right is recorded as held only by migrants in a regular situation"
    ),
    NO_CROSSWALKED_INDICATOR: gettext_lazy("no indicator of this framework corresponds to it"),
    NOT_SETTLED: gettext_lazy(
        "the answers (partial, not applicable, not assessed or not answered) do not settle it"
    ),
}

# What each category means, in the words of its value out of 100 (see results/sdg1072.py).
CATEGORY_MEANINGS = {
    4: gettext_lazy("a value of 100: every sub-category is in place"),
    3: gettext_lazy("a value from 80 to under 100"),
    2: gettext_lazy("a value from 40 to under 80"),
    1: gettext_lazy("a value under 40"),
}
# Published categories are imported with their source named in English.
SOURCES_LANGUAGE = "en"


def subcategory_questions(language: str) -> dict[str, str]:
    """The 30 sub-category questions from the loaded SDG framework file; one query."""
    return {code: pick(question, language) for code, question in _subcategory_rows()}


@shared_read(key=lambda: None)
def _subcategory_rows() -> list[tuple[str, dict]]:
    return list(
        Indicator.objects.filter(framework__code=SDG_FRAMEWORK_CODE).values_list("code", "question")
    )


def build_sdg_section(
    derivation: Derivation,
    published: PublishedCategories | None,
    round_year: int,
    questions: dict[str, str],
) -> dict:
    """Rows PD_1..PD_6 and _T with the derived and published category and whether they agree."""
    names = dict(PublishedSdgCategory.Domain.choices)
    derived_scores = {d.code: d.score for d in derivation.domains}
    derived_scores[OVERALL_CODE] = derivation.overall
    rows = []
    for code in (*DOMAIN_CODES.values(), OVERALL_CODE):
        derived = derived_scores[code]
        published_category = published.categories.get(code) if published else None
        agrees = None
        if derived is not None and published_category is not None:
            agrees = derived.category == published_category
        possible = published.possible_overall if published and code == OVERALL_CODE else ()
        rows.append(
            {
                "code": code,
                "name": str(names[code]),
                "derived": _score(derived),
                "published": _category(published_category),
                "possible": [_category(option) for option in possible],
                "agrees": agrees,
            }
        )
    return {
        "rows": rows,
        "categories": [
            {"category": code, "label": _(CATEGORY_LABELS[code]), "meaning": str(meaning)}
            for code, meaning in CATEGORY_MEANINGS.items()
        ],
        "sources_language": SOURCES_LANGUAGE,
        "published_year": published.year if published else None,
        "published_earlier": bool(published and published.year < round_year),
        "published_sources": list(published.sources) if published else [],
        "disagreements": sum(1 for row in rows if row["agrees"] is False),
        "comparable": sum(1 for row in rows if row["agrees"] is not None),
        "subcategories": [
            {
                "code": sub.code,
                "question": questions.get(sub.code, ""),
                "answer": sub.answer,
                "answer_label": str(ANSWER_LABELS[sub.answer])
                if sub.answer
                else _("Cannot be derived"),
                "reason": str(REASON_LABELS[sub.reason]),
                "indicators": list(sub.indicators),
            }
            for domain in derivation.domains
            for sub in domain.subcategories
        ],
    }


def _score(score: Score | None) -> dict | None:
    if score is None:
        return None
    return {
        "category": score.category,
        "label": _(CATEGORY_LABELS[score.category]),
        "value": format_value(score.value),
        # A number, so that pages write it in their own language ("83,33" in Spanish).
        "number": Decimal(format_value(score.value)),
    }


def _category(code: int | None) -> dict | None:
    if code is None:
        return None
    return {"category": code, "label": _(CATEGORY_LABELS[code])}
