import unicodedata

from mgi.lib.folding import fold


def test_accents_and_case_are_folded_away():
    assert fold("Ålesund ÉIRE São Tomé") == "alesund eire sao tome"


def test_decomposed_accents_fold_like_composed_ones():
    assert fold(unicodedata.normalize("NFD", "Perú")) == fold("Perú") == "peru"
