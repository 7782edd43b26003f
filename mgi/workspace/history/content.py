"""Plain words for changes to the content: answers, sources and findings."""

from django.utils.translation import get_language_info, gettext, ngettext

from mgi.assessments.models import Source
from mgi.lib.i18n_text import pick
from mgi.lib.word_diff import word_diff
from mgi.workspace.history.words import (
    References,
    choice_label,
    indicator_label,
    make_line,
    option_label,
    short,
    source_label,
    source_title_by_id,
    who_of,
)


def edit_answer(record, refs: References) -> dict:
    before, after = record.before or {}, record.after or {}
    code = after.get("indicator") or before.get("indicator")
    scale_id = refs.indicators.get(code, ("", None))[1]
    values = {
        "who": who_of(record),
        "indicator": indicator_label(code, refs),
        "before": option_label(before.get("option"), scale_id, refs),
        "after": option_label(after.get("option"), scale_id, refs),
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
        gettext("added source: %(source)s") % {"source": source_title_by_id(pk, refs)}
        for pk in sorted(new_sources - old_sources)
    ] + [
        gettext("removed source: %(source)s") % {"source": source_title_by_id(pk, refs)}
        for pk in sorted(old_sources - new_sources)
    ]
    diff = word_diff(before.get("justification"), after.get("justification"))
    return make_line(
        record,
        sentence,
        details,
        diff if changed_text else None,
        gettext("Justification"),
    )


def demo_answers(record, refs: References) -> dict:
    count = len((record.after or {}).get("indicators", []))
    return make_line(
        record,
        ngettext(
            "%(who)s filled in %(count)d answer from the demo data",
            "%(who)s filled in %(count)d answers from the demo data",
            count,
        )
        % {"who": who_of(record), "count": count},
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
    return make_line(
        record,
        gettext("%(who)s added the source %(source)s (%(kind)s)")
        % {
            "who": who_of(record),
            "source": source_label(after.get("title", ""), after.get("date")),
            "kind": choice_label(Source.Kind, after.get("kind")),
        },
    )


def _shown(name: str, value) -> str:
    if not value:
        return gettext("(empty)")
    return "“%s”" % (choice_label(Source.Kind, value) if name == "kind" else value)


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
    return make_line(
        record,
        gettext("%(who)s edited the source %(source)s")
        % {
            "who": who_of(record),
            "source": source_label(after.get("title", ""), after.get("date")),
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
        "who": who_of(record),
        "text": short(pick(snapshot.get("text"), refs.language)),
        "domain": _domain(snapshot.get("domain"), refs),
        "kind": FINDING_KINDS.get(snapshot.get("kind"), lambda: str(snapshot.get("kind")))(),
    }


def add_finding(record, refs: References) -> dict:
    values = _finding_values(record, record.after or {}, refs)
    return make_line(
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
    return make_line(
        record,
        gettext("%(who)s edited the finding “%(text)s” in domain %(domain)s") % values,
        details,
        word_diff(old_text, new_text) if old_text != new_text else None,
        gettext("Finding"),
    )


def move_finding(record, refs: References) -> dict:
    text = refs.findings.get(record.object_id)
    return make_line(
        record,
        gettext("%(who)s moved the finding “%(text)s” from position %(before)s to %(after)s")
        % {
            "who": who_of(record),
            "text": short(text) if text else gettext("(since removed)"),
            "before": (record.before or {}).get("order"),
            "after": (record.after or {}).get("order"),
        },
    )


def delete_finding(record, refs: References) -> dict:
    values = _finding_values(record, record.before or {}, refs)
    return make_line(
        record, gettext("%(who)s removed the finding “%(text)s” from domain %(domain)s") % values
    )


def edit_competences(record, refs: References) -> dict:
    """The local authority's competences: which were added to and removed from those held."""
    before = set((record.before or {}).get("held", []))
    after = set((record.after or {}).get("held", []))

    def names(codes) -> str:
        return ", ".join(sorted(refs.competences.get(code, code) for code in codes))

    details = []
    if after - before:
        details.append(gettext("Now held: %(names)s") % {"names": names(after - before)})
    if before - after:
        details.append(gettext("No longer held: %(names)s") % {"names": names(before - after)})
    if not after:
        details.append(gettext("None of the competences is held."))
    return make_line(
        record,
        gettext("%(who)s recorded the competences of the local authority")
        % {"who": who_of(record)},
        details,
    )
