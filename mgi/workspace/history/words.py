"""What every line of the history shares: the references a page loads once, who acted, and
the shape of a line."""

from dataclasses import dataclass, field

from django.utils.text import Truncator
from django.utils.translation import gettext

from mgi.assessments.models import AuditRecord


@dataclass(frozen=True)
class References:
    """What records refer to by id or code, loaded once per page (see history.load_references)."""

    language: str
    indicators: dict  # code -> (question, scale id)
    options: dict  # (scale id, option code) -> label
    sources: dict  # id -> Source
    findings: dict  # id (text) -> text
    comments: dict  # id (text) -> {"reply", "indicator", "finding"}
    people: dict  # username -> full name
    domains: dict  # number -> name
    competences: dict = field(default_factory=dict)  # code -> name (local frameworks)


def short(text: str, length: int = 120) -> str:
    return Truncator(" ".join((text or "").split())).chars(length)


def who_of(record: AuditRecord) -> str:
    if record.actor is not None:
        return record.actor.get_full_name() or record.actor.get_username()
    if record.via:
        return gettext("The “%(via)s” process") % {"via": record.via}
    return gettext("Someone")


def choice_label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def make_line(record, sentence, details=(), diff=None, diff_label=""):
    return {
        "id": record.pk,
        "at": record.at,
        "who": who_of(record),
        "action": record.action,
        "sentence": sentence,
        "details": list(details),
        "diff": {"label": diff_label, "parts": diff} if diff else None,
    }


def indicator_label(code: str, refs: References) -> str:
    question = refs.indicators.get(code, ("", None))[0]
    return f"{code} ({short(question, 70)})" if question else code


def option_label(code: str | None, scale_id, refs: References) -> str:
    if not code:
        return gettext("not answered")
    return refs.options.get((scale_id, code), code)


def source_label(title: str, date: str | None) -> str:
    return f"{title} ({date[:4]})" if date else title


def source_title_by_id(pk: int, refs: References) -> str:
    source = refs.sources.get(pk)
    if source is None:
        return gettext("source no. %(id)s") % {"id": pk}
    return source_label(source.title, source.date.isoformat() if source.date else None)
