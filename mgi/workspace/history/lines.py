"""One plain-language line per audit record: a describer per kind of action.

A line is a plain dict: who, when, a translated sentence, detail lines, an optional word diff
(parts marked "same", "del" or "ins", which the template renders as <del> and <ins>).
"""

from django.utils.translation import gettext

from mgi.assessments.models import AuditRecord
from mgi.workspace.history.content import (
    add_finding,
    add_source,
    delete_finding,
    demo_answers,
    edit_answer,
    edit_competences,
    edit_finding,
    edit_source,
    move_finding,
)
from mgi.workspace.history.process import (
    add_member,
    change_member,
    comment,
    create,
    create_local_place,
    edit_profile,
    import_profile,
    move,
    remove_member,
    resolve_comment,
    start_correction,
    translate_profile,
)
from mgi.workspace.history.words import References, make_line, who_of


def unknown(record, refs: References) -> dict:
    return make_line(
        record,
        gettext("%(who)s made a change (%(action)s)")
        % {"who": who_of(record), "action": record.action},
    )


DESCRIBERS = {
    "edit_answer": edit_answer,
    "demo_answers": demo_answers,
    "add_source": add_source,
    "edit_source": edit_source,
    "edit_competences": edit_competences,
    "add_finding": add_finding,
    "edit_finding": edit_finding,
    "move_finding": move_finding,
    "delete_finding": delete_finding,
    "create": create,
    "create_local_place": create_local_place,
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
