from mgi.lib.word_diff import word_diff


def test_a_rewritten_phrase_reads_as_one_removal_and_one_addition():
    assert word_diff(
        "The agency exists but its mandate is narrow.",
        "The agency exists and its mandate covers every migrant.",
    ) == [
        {"op": "same", "text": "The agency exists "},
        {"op": "del", "text": "but"},
        {"op": "ins", "text": "and"},
        {"op": "same", "text": " its mandate "},
        {"op": "del", "text": "is narrow."},
        {"op": "ins", "text": "covers every migrant."},
    ]


def test_long_unchanged_stretches_are_shortened_around_the_change():
    words = " ".join(f"w{n}" for n in range(40))

    parts = word_diff(words + " old", words + " new")

    assert parts[0]["op"] == "same" and parts[0]["text"].startswith("…")
    assert parts[0]["text"].endswith("w38 w39 ")
    assert parts[1:] == [{"op": "del", "text": "old"}, {"op": "ins", "text": "new"}]
