"""Hypothesis strategies that damage a valid file the ways files get damaged: lines lost,
repeated, swapped or garbled, bytes flipped, files cut short."""

from hypothesis import strategies as st

# Any character that can be written as UTF-8, control characters and odd spaces included.
HOSTILE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


class Sample(bytes):
    """A valid file to damage, shown by its size: Hypothesis prints the strategies it runs."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"


LINE_OPERATIONS = ("delete", "duplicate", "swap", "replace", "insert", "cut", "indent", "value")
# What may follow "key: " in YAML, or replace a field: odd but well-formed values.
ODD_VALUES = st.one_of(
    HOSTILE_TEXT.map(lambda text: '"' + text.replace("\\", "").replace('"', "") + '"'),
    st.integers(-(10**12), 10**12).map(str),
    st.sampled_from(["null", "~", "[]", "{}", "-1", "0.5", "1e400", "yes", "''", "2019-12"]),
)


@st.composite
def damaged_lines(
    draw, text: str, max_operations: int = 4, operations: tuple[str, ...] = LINE_OPERATIONS
) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, max_operations))):
        if not lines:
            lines = [draw(HOSTILE_TEXT)]
        at = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(operations))
        if operation == "delete":
            del lines[at]
        elif operation == "duplicate":
            lines.insert(at, lines[at])
        elif operation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif operation == "replace":
            lines[at] = draw(HOSTILE_TEXT) + "\n"
        elif operation == "insert":
            lines.insert(at, draw(HOSTILE_TEXT) + "\n")
        elif operation == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        elif operation == "indent":
            lines[at] = " " * draw(st.integers(1, 6)) + lines[at]
        else:
            key, colon, _ = lines[at].partition(": ")
            separator = colon or ","
            lines[at] = f"{key if colon else key.rsplit(',', 1)[0]}{separator}{draw(ODD_VALUES)}\n"
    return "".join(lines)


@st.composite
def damaged_bytes(draw, raw: bytes, max_operations: int = 4) -> bytes:
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, max_operations))):
        if not data:
            return bytes(draw(st.binary(max_size=64)))
        at = draw(st.integers(0, len(data) - 1))
        operation = draw(st.sampled_from(("flip", "delete", "insert", "truncate")))
        if operation == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[at:]
    return bytes(data)


def damaged_text_file(text: str) -> st.SearchStrategy[bytes]:
    """Damaged lines as UTF-8, or only odd values in a sound structure, a few with damaged
    bytes too, and now and then pure noise."""
    as_bytes = damaged_lines(text).map(lambda t: t.encode("utf-8"))
    return st.one_of(
        as_bytes,
        damaged_lines(text, operations=("value",)).map(lambda t: t.encode("utf-8")),
        as_bytes.flatmap(lambda raw: damaged_bytes(raw, max_operations=2)),
        st.binary(max_size=512),
        HOSTILE_TEXT.map(lambda t: t.encode("utf-8")),
    )
