"""A word diff of two texts, for showing what an edit changed."""

import difflib
import re

# Words and the spaces between them, so that a diff keeps the text's own spacing.
_TOKENS = re.compile(r"\s+|\S+")
# Unchanged stretches longer than this are shortened to their ends around the changes.
_CONTEXT = 12


def word_diff(before: str, after: str) -> list[dict]:
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
