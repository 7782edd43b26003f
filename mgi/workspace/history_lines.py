"""One plain-language line per audit record: a describer per kind of action.

A line is a plain dict: who, when, a translated sentence, detail lines, an optional word diff
(parts marked "same", "del" or "ins", which the template renders as <del> and <ins>).
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.text import Truncator
from django.utils.translation import get_language_info, gettext, ngettext

from mgi.assessments.models import Assessment, AuditRecord, Role, Source
from mgi.lib.i18n_text import pick


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


def short(text: str, length: int = 120) -> str:
    return Truncator(" ".join((text or "").split())).chars(length)


def _who(record: AuditRecord) -> str:
    if record.actor is not None:
        return record.actor.get_full_name() or record.actor.get_username()
    if record.via:
        return gettext("The “%(via)s” process") % {"via": record.via}
    return gettext("Someone")


def _label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


# Words and the spaces between them, so that a diff keeps the text's own spacing.
_TOKENS = re.compile(r"\s+|\S+")
# Unchanged stretches longer than this are shortened to their ends around the changes.
_CONTEXT = 12


def text_diff(before: str, after: str) -> list[dict]:
    """A word diff of two texts as parts {"op": "same"|"del"|"ins", "text"}; a lone space or
    word left between two changes joins them, so a rewritten phrase reads as one change."""
    old, new = _TOKENS.findall(before or ""), _TOKENS.findall(after or "")
    opcodes = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    parts: list[dict] = []
    removed: list[str] = []
    added: list[str] = []

    def flush():
        if removed:
            parts.append({"op": "del", "text": "".join(removed)})
        if added:
            parts.append({"op": "ins", "text": "".join(added)})
        removed.clear()
        added.clear()

    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op != "equal":
            removed.extend(old[i1:i2])
            added.extend(new[j1:j2])
            continue
        tokens = old[i1:i2]
        between_changes = 0 < index < len(opcodes) - 1
        if between_changes and sum(1 for t in tokens if not t.isspace()) <= 1:
            removed.extend(tokens)
            added.extend(tokens)
            continue
        flush()
        parts.append({"op": "same", "text": _elide(tokens, i1 == 0, i2 == len(old))})
    flush()
    return parts


def _elide(tokens: list[str], at_start: bool, at_end: bool) -> str:
    if len(tokens) <= 2 * _CONTEXT:
        return "".join(tokens)
    head = [] if at_start else tokens[:_CONTEXT]
    tail = [] if at_end else tokens[-_CONTEXT:]
    return "".join(head) + "…" + "".join(tail)


def _line(record, sentence, details=(), diff=None, diff_label=""):
    return {
        "id": record.pk,
        "at": record.at,
        "who": _who(record),
        "action": record.action,
        "sentence": sentence,
        "details": list(details),
        "diff": {"label": diff_label, "parts": diff} if diff else None,
    }


def _indicator(code: str, refs: References) -> str:
    question = refs.indicators.get(code, ("", None))[0]
    return f"{code} ({short(question, 70)})" if question else code


def _option(code: str | None, scale_id, refs: References) -> str:
    if not code:
        return gettext("not answered")
    return refs.options.get((scale_id, code), code)


def _source_label(title: str, date: str | None) -> str:
    return f"{title} ({date[:4]})" if date else title


def _source_by_id(pk: int, refs: References) -> str:
    source = refs.sources.get(pk)
    if source is None:
        return gettext("source no. %(id)s") % {"id": pk}
    return _source_label(source.title, source.date.isoformat() if source.date else None)


def edit_answer(record, refs: References) -> dict:
    before, after = record.before or {}, record.after or {}
    code = after.get("indicator") or before.get("indicator")
    scale_id = refs.indicators.get(code, ("", None))[1]
    values = {
        "who": _who(record),
        "indicator": _indicator(code, refs),
        "before": _option(before.get("option"), scale_id, refs),
        "after": _option(after.get("option"), scale_id, refs),
    }
    changed_text = before.get("justification", "") != after.get("justification", "")
    old_sources, new_sources = set(before.get("sources") or []), set(after.get("sources") or [])
    if before.get("option") == after.get("option"):
        if changed_text or old_sources != new_sources:
            sentence = gettext("%(who)s edited the answer to %(indicator)s") % values
        else:
            sentence = gettext("%(who)s saved the answer to %(indicator)s unchanged") % values
    elif not before.get("option"):
        sentence = gettext("%(who)s answered %(indicator)s: %(after)s") % values
    elif not after.get("option"):
        sentence = gettext("%(who)s cleared the answer to %(indicator)s (was %(before)s)") % values
    else:
        sentence = (
            gettext("%(who)s changed the answer to %(indicator)s from %(before)s to %(after)s")
            % values
        )
    details = [
        gettext("added source: %(source)s") % {"source": _source_by_id(pk, refs)}
        for pk in sorted(new_sources - old_sources)
    ] + [
        gettext("removed source: %(source)s") % {"source": _source_by_id(pk, refs)}
        for pk in sorted(old_sources - new_sources)
    ]
    diff = text_diff(before.get("justification"), after.get("justification"))
    return _line(
        record,
        sentence,
        details,
        diff if changed_text else None,
        gettext("Justification"),
    )


def demo_answers(record, refs: References) -> dict:
    count = len((record.after or {}).get("indicators", []))
    return _line(
        record,
        ngettext(
            "%(who)s filled in %(count)d answer from the demo data",
            "%(who)s filled in %(count)d answers from the demo data",
            count,
        )
        % {"who": _who(record), "count": count},
    )


SOURCE_FIELDS = {
    "title": lambda: gettext("Title"),
    "kind": lambda: gettext("Kind"),
    "citation": lambda: gettext("Citation"),
    "url": lambda: gettext("Web address"),
    "date": lambda: gettext("Date"),
}


def add_source(record, refs: References) -> dict:
    after = record.after or {}
    return _line(
        record,
        gettext("%(who)s added the source %(source)s (%(kind)s)")
        % {
            "who": _who(record),
            "source": _source_label(after.get("title", ""), after.get("date")),
            "kind": _label(Source.Kind, after.get("kind")),
        },
    )


def _shown(name: str, value) -> str:
    if not value:
        return gettext("(empty)")
    return "“%s”" % (_label(Source.Kind, value) if name == "kind" else value)


def edit_source(record, refs: References) -> dict:
    before, after = record.before or {}, record.after or {}
    details = [
        gettext("%(field)s: from %(before)s to %(after)s")
        % {
            "field": label(),
            "before": _shown(name, before.get(name)),
            "after": _shown(name, after.get(name)),
        }
        for name, label in SOURCE_FIELDS.items()
        if before.get(name) != after.get(name)
    ]
    return _line(
        record,
        gettext("%(who)s edited the source %(source)s")
        % {
            "who": _who(record),
            "source": _source_label(after.get("title", ""), after.get("date")),
        },
        details,
    )


def _domain(number, refs: References) -> str:
    name = refs.domains.get(number)
    return f"{number} ({name})" if name else str(number)


FINDING_KINDS = {
    "well_developed": lambda: gettext("a well-developed area"),
    "potential": lambda: gettext("an area with potential for further development"),
}


def _finding_values(record, snapshot: dict, refs: References) -> dict:
    return {
        "who": _who(record),
        "text": short(pick(snapshot.get("text"), refs.language)),
        "domain": _domain(snapshot.get("domain"), refs),
        "kind": FINDING_KINDS.get(snapshot.get("kind"), lambda: str(snapshot.get("kind")))(),
    }


def add_finding(record, refs: References) -> dict:
    values = _finding_values(record, record.after or {}, refs)
    return _line(
        record,
        gettext("%(who)s added the finding “%(text)s” to domain %(domain)s as %(kind)s") % values,
    )


def edit_finding(record, refs: References) -> dict:
    before, after = record.before or {}, record.after or {}
    values = _finding_values(record, after, refs)
    old_texts, new_texts = before.get("text") or {}, after.get("text") or {}
    details = []
    for language in sorted(set(old_texts) | set(new_texts)):
        if language != refs.language and old_texts.get(language) != new_texts.get(language):
            details.append(
                gettext("changed the text in %(language)s")
                % {"language": get_language_info(language)["name_translated"]}
            )
    if before.get("indicators") != after.get("indicators"):
        details.append(
            gettext("indicators: from %(before)s to %(after)s")
            % {
                "before": ", ".join(before.get("indicators") or []) or gettext("none"),
                "after": ", ".join(after.get("indicators") or []) or gettext("none"),
            }
        )
    old_text, new_text = pick(old_texts, refs.language), pick(new_texts, refs.language)
    return _line(
        record,
        gettext("%(who)s edited the finding “%(text)s” in domain %(domain)s") % values,
        details,
        text_diff(old_text, new_text) if old_text != new_text else None,
        gettext("Finding"),
    )


def move_finding(record, refs: References) -> dict:
    text = refs.findings.get(record.object_id)
    return _line(
        record,
        gettext("%(who)s moved the finding “%(text)s” from position %(before)s to %(after)s")
        % {
            "who": _who(record),
            "text": short(text) if text else gettext("(since removed)"),
            "before": (record.before or {}).get("order"),
            "after": (record.after or {}).get("order"),
        },
    )


def delete_finding(record, refs: References) -> dict:
    values = _finding_values(record, record.before or {}, refs)
    return _line(
        record, gettext("%(who)s removed the finding “%(text)s” from domain %(domain)s") % values
    )


def _status(value) -> str:
    return _label(Assessment.Status, value)


def move(record, refs: References) -> dict:
    after = record.after or {}
    values = {
        "who": _who(record),
        "before": _status((record.before or {}).get("status")),
        "after": _status(after.get("status")),
        "note": after.get("note", ""),
    }
    if record.action == "approve":
        sentence = (
            gettext(
                "%(who)s gave the government's approval, moving the assessment from "
                "%(before)s to %(after)s: ‘%(note)s’"
            )
            if values["note"]
            else gettext(
                "%(who)s gave the government's approval, moving the assessment from "
                "%(before)s to %(after)s"
            )
        )
    elif values["note"]:
        sentence = gettext("%(who)s moved the assessment from %(before)s to %(after)s: ‘%(note)s’")
    else:
        sentence = gettext("%(who)s moved the assessment from %(before)s to %(after)s")
    return _line(record, sentence % values)


def create(record, refs: References) -> dict:
    after = record.after or {}
    return _line(
        record,
        gettext("%(who)s created the assessment (%(framework)s, round %(round)s)")
        % {
            "who": _who(record),
            "framework": after.get("title") or after.get("framework", ""),
            "round": after.get("round", ""),
        },
    )


def start_correction(record, refs: References) -> dict:
    after = record.after or {}
    return _line(
        record,
        gettext("%(who)s opened revision %(revision)s to correct the published profile: ‘%(note)s’")
        % {"who": _who(record), "revision": after.get("revision"), "note": after.get("note", "")},
    )


def _member(snapshot: dict, refs: References) -> dict:
    username = snapshot.get("user", "")
    return {
        "person": refs.people.get(username, username),
        "role": _label(Role, snapshot.get("role")),
    }


def add_member(record, refs: References) -> dict:
    values = {"who": _who(record), **_member(record.after or {}, refs)}
    return _line(record, gettext("%(who)s added %(person)s as %(role)s") % values)


def change_member(record, refs: References) -> dict:
    old, new = _member(record.before or {}, refs), _member(record.after or {}, refs)
    values = {
        "who": _who(record),
        "person": new["person"],
        "before": old["role"],
        "after": new["role"],
    }
    if old["role"] == new["role"]:
        return _line(record, gettext("%(who)s kept %(person)s as %(after)s") % values)
    return _line(
        record, gettext("%(who)s changed %(person)s's role from %(before)s to %(after)s") % values
    )


def remove_member(record, refs: References) -> dict:
    values = {"who": _who(record), **_member(record.before or {}, refs)}
    return _line(record, gettext("%(who)s removed %(person)s (%(role)s) from the team") % values)


def _about(comment: dict | None, refs: References) -> str:
    if comment is None:
        return gettext("a removed answer or finding")
    if comment["indicator"]:
        return _indicator(comment["indicator"], refs)
    return gettext("the finding “%(text)s”") % {"text": comment["finding"]}


def comment(record, refs: References) -> dict:
    about = refs.comments.get(record.object_id)
    values = {
        "who": _who(record),
        "about": _about(about, refs),
        "text": short((record.after or {}).get("text", ""), 200),
    }
    if about and about["reply"]:
        return _line(record, gettext("%(who)s replied on %(about)s: “%(text)s”") % values)
    return _line(record, gettext("%(who)s commented on %(about)s: “%(text)s”") % values)


def resolve_comment(record, refs: References) -> dict:
    values = {"who": _who(record), "about": _about(refs.comments.get(record.object_id), refs)}
    if record.action == "reopen_comment":
        return _line(record, gettext("%(who)s reopened the comments on %(about)s") % values)
    return _line(record, gettext("%(who)s resolved the comments on %(about)s") % values)


def edit_profile(record, refs: References) -> dict:
    before, after = record.before or {}, record.after or {}
    title_changed = before.get("title") != after.get("title")
    introduction_changed = before.get("introduction") != after.get("introduction")
    values = {"who": _who(record)}
    if title_changed and introduction_changed:
        sentence = gettext("%(who)s edited the profile's title and introduction")
    elif title_changed:
        sentence = gettext("%(who)s edited the profile's title")
    elif introduction_changed:
        sentence = gettext("%(who)s edited the profile's introduction")
    else:
        sentence = gettext("%(who)s saved the profile's title and introduction unchanged")
    details = []
    old_title, new_title = (
        pick(before.get("title"), refs.language),
        pick(after.get("title"), refs.language),
    )
    if old_title != new_title:
        details.append(
            gettext("Title: from “%(before)s” to “%(after)s”")
            % {"before": old_title, "after": new_title}
        )
    old_intro = pick(before.get("introduction"), refs.language)
    new_intro = pick(after.get("introduction"), refs.language)
    return _line(
        record,
        sentence % values,
        details,
        text_diff(old_intro, new_intro) if old_intro != new_intro else None,
        gettext("Introduction"),
    )


def translate_profile(record, refs: References) -> dict:
    language = (record.after or {}).get("language", "")
    values = {
        "who": _who(record),
        "language": get_language_info(language)["name_translated"] if language else language,
    }
    if record.before is None:
        return _line(
            record, gettext("%(who)s added the profile's %(language)s translation") % values
        )
    return _line(record, gettext("%(who)s updated the profile's %(language)s translation") % values)


def import_profile(record, refs: References) -> dict:
    after = record.after or {}
    return _line(
        record,
        gettext("%(who)s imported the published profile “%(title)s”")
        % {"who": _who(record), "title": after.get("title", "")},
    )


def unknown(record, refs: References) -> dict:
    return _line(
        record,
        gettext("%(who)s made a change (%(action)s)")
        % {"who": _who(record), "action": record.action},
    )


DESCRIBERS = {
    "edit_answer": edit_answer,
    "demo_answers": demo_answers,
    "add_source": add_source,
    "edit_source": edit_source,
    "add_finding": add_finding,
    "edit_finding": edit_finding,
    "move_finding": move_finding,
    "delete_finding": delete_finding,
    "create": create,
    "move": move,
    "approve": move,
    "start_correction": start_correction,
    "add_member": add_member,
    "change_member": change_member,
    "remove_member": remove_member,
    "comment": comment,
    "resolve_comment": resolve_comment,
    "reopen_comment": resolve_comment,
    "edit_profile": edit_profile,
    "translate_profile": translate_profile,
    "import_profile": import_profile,
}


def describe(record: AuditRecord, refs: References) -> dict:
    return DESCRIBERS.get(record.action, unknown)(record, refs)
