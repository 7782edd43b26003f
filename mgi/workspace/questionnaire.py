"""The questionnaire by domain and area, filtered to what a researcher still has to do."""

from django.db.models import Count, Exists, OuterRef, Q

from mgi.assessments.models import Answer, Assessment, Comment
from mgi.frameworks.models import Indicator
from mgi.lib.i18n_text import pick

ALL, UNANSWERED, COMMENTED = "all", "unanswered", "commented"
FILTERS = (ALL, UNANSWERED, COMMENTED)


def parse_filter(value: str | None) -> str:
    return value if value in FILTERS else ALL


def _open_threads():
    return Comment.objects.filter(parent=None, resolved_at=None, answer__isnull=False)


def _matches(show: str, answered: bool, open_comments: int) -> bool:
    if show == UNANSWERED:
        return not answered
    if show == COMMENTED:
        return open_comments > 0
    return True


def build_questionnaire(assessment: Assessment, language: str, show: str = ALL) -> dict:
    """Domains with their unanswered and open-comment counts, and the indicators that match
    `show`; three queries whatever the size of the framework."""
    answers = (
        Answer.objects.filter(assessment=assessment)
        .select_related("indicator__area__domain", "option")
        .order_by("indicator__order")
    )
    open_comments = dict(
        _open_threads()
        .filter(assessment=assessment)
        .values("answer_id")
        .annotate(n=Count("id"))
        .values_list("answer_id", "n")
    )
    domains: dict[int, dict] = {}
    for answer in answers:
        area = answer.indicator.area
        domain = domains.setdefault(
            area.domain.number,
            {
                "number": area.domain.number,
                "name": pick(area.domain.name, language),
                "slug": area.domain.slug,
                "unanswered": 0,
                "open_comments": 0,
                "shown": 0,
                "areas": {},
            },
        )
        comments = open_comments.get(answer.pk, 0)
        answered = answer.option_id is not None
        domain["unanswered"] += not answered
        domain["open_comments"] += comments
        if not _matches(show, answered, comments):
            continue
        domain["shown"] += 1
        domain["areas"].setdefault(
            area.number, {"number": area.number, "name": pick(area.name, language), "answers": []}
        )["answers"].append(
            {
                "code": answer.indicator.code,
                "question": pick(answer.indicator.question, language),
                "option": pick(answer.option.label, language) if answer.option else None,
                "open_comments": comments,
            }
        )
    return {
        "show": show,
        "domains": [{**d, "areas": list(d["areas"].values())} for d in domains.values()],
        "shown": sum(d["shown"] for d in domains.values()),
    }


def _matching(assessment: Assessment, show: str):
    answers = Answer.objects.filter(assessment=assessment)
    if show == UNANSWERED:
        answers = answers.filter(option__isnull=True)
    elif show == COMMENTED:
        answers = answers.filter(Exists(_open_threads().filter(answer=OuterRef("pk"))))
    return answers.order_by("indicator__order").values_list("indicator__code", flat=True)


def neighbours(assessment: Assessment, indicator: Indicator, show: str = ALL) -> dict:
    """The previous and next indicators that match `show`, around `indicator`."""
    matching = _matching(assessment, show)
    return {
        "previous": matching.filter(indicator__order__lt=indicator.order).last(),
        "next": matching.filter(indicator__order__gt=indicator.order).first(),
    }


def next_to_do(assessment: Assessment, indicator: Indicator, show: str = ALL) -> str | None:
    """Where "save and go to the next" leads: the next matching indicator; under a filter, one
    skipped earlier when none is left after this one, since the filter lists work still to do."""
    matching = _matching(assessment, show)
    after = matching.filter(indicator__order__gt=indicator.order).first()
    if after is not None or show == ALL:
        return after
    return matching.filter(~Q(indicator=indicator)).first()
