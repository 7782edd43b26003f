"""Plain words for changes to the process: phases, team, comments and the profile's texts."""

from django.utils.translation import get_language_info, gettext

from mgi.assessments.models import Assessment, Role
from mgi.lib.i18n_text import pick
from mgi.lib.word_diff import word_diff
from mgi.workspace.history.words import (
    References,
    choice_label,
    indicator_label,
    make_line,
    short,
    who_of,
)


def _status(value) -> str:
    return choice_label(Assessment.Status, value)


def move(record, refs: References) -> dict:
    after = record.after or {}
    values = {
        "who": who_of(record),
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
    return make_line(record, sentence % values)


def create(record, refs: References) -> dict:
    after = record.after or {}
    return make_line(
        record,
        gettext("%(who)s created the assessment (%(framework)s, round %(round)s)")
        % {
            "who": who_of(record),
            "framework": after.get("title") or after.get("framework", ""),
            "round": after.get("round", ""),
        },
    )


def create_local_place(record, refs: References) -> dict:
    after = record.after or {}
    return make_line(
        record,
        gettext("%(who)s added the local place %(name)s (%(code)s) to the country %(country)s")
        % {
            "who": who_of(record),
            "name": after.get("name", ""),
            "code": after.get("code", ""),
            "country": after.get("country", ""),
        },
    )


def start_correction(record, refs: References) -> dict:
    after = record.after or {}
    return make_line(
        record,
        gettext("%(who)s opened revision %(revision)s to correct the published profile: ‘%(note)s’")
        % {"who": who_of(record), "revision": after.get("revision"), "note": after.get("note", "")},
    )


def _member(snapshot: dict, refs: References) -> dict:
    username = snapshot.get("user", "")
    return {
        "person": refs.people.get(username, username),
        "role": choice_label(Role, snapshot.get("role")),
    }


def add_member(record, refs: References) -> dict:
    values = {"who": who_of(record), **_member(record.after or {}, refs)}
    return make_line(record, gettext("%(who)s added %(person)s as %(role)s") % values)


def change_member(record, refs: References) -> dict:
    old, new = _member(record.before or {}, refs), _member(record.after or {}, refs)
    values = {
        "who": who_of(record),
        "person": new["person"],
        "before": old["role"],
        "after": new["role"],
    }
    if old["role"] == new["role"]:
        return make_line(record, gettext("%(who)s kept %(person)s as %(after)s") % values)
    return make_line(
        record, gettext("%(who)s changed %(person)s's role from %(before)s to %(after)s") % values
    )


def remove_member(record, refs: References) -> dict:
    values = {"who": who_of(record), **_member(record.before or {}, refs)}
    return make_line(
        record, gettext("%(who)s removed %(person)s (%(role)s) from the team") % values
    )


def _about(comment: dict | None, refs: References) -> str:
    if comment is None:
        return gettext("a removed answer or finding")
    if comment["indicator"]:
        return indicator_label(comment["indicator"], refs)
    return gettext("the finding “%(text)s”") % {"text": comment["finding"]}


def comment(record, refs: References) -> dict:
    about = refs.comments.get(record.object_id)
    values = {
        "who": who_of(record),
        "about": _about(about, refs),
        "text": short((record.after or {}).get("text", ""), 200),
    }
    if about and about["reply"]:
        return make_line(record, gettext("%(who)s replied on %(about)s: “%(text)s”") % values)
    return make_line(record, gettext("%(who)s commented on %(about)s: “%(text)s”") % values)


def resolve_comment(record, refs: References) -> dict:
    values = {"who": who_of(record), "about": _about(refs.comments.get(record.object_id), refs)}
    if record.action == "reopen_comment":
        return make_line(record, gettext("%(who)s reopened the comments on %(about)s") % values)
    return make_line(record, gettext("%(who)s resolved the comments on %(about)s") % values)


def edit_profile(record, refs: References) -> dict:
    before, after = record.before or {}, record.after or {}
    title_changed = before.get("title") != after.get("title")
    introduction_changed = before.get("introduction") != after.get("introduction")
    values = {"who": who_of(record)}
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
    return make_line(
        record,
        sentence % values,
        details,
        word_diff(old_intro, new_intro) if old_intro != new_intro else None,
        gettext("Introduction"),
    )


def translate_profile(record, refs: References) -> dict:
    language = (record.after or {}).get("language", "")
    values = {
        "who": who_of(record),
        "language": get_language_info(language)["name_translated"] if language else language,
    }
    if record.before is None:
        return make_line(
            record, gettext("%(who)s added the profile's %(language)s translation") % values
        )
    return make_line(
        record, gettext("%(who)s updated the profile's %(language)s translation") % values
    )


def import_profile(record, refs: References) -> dict:
    after = record.after or {}
    return make_line(
        record,
        gettext("%(who)s imported the published profile “%(title)s”")
        % {"who": who_of(record), "title": after.get("title", "")},
    )
