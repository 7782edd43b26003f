"""profile.csv: one row per finding, published text never a live formula once opened."""

import csv
import io

from mgi.lib.spreadsheet_text import restored


def test_a_finding_that_looks_like_a_formula_is_written_as_text_and_restores(
    client, published_peru
):
    finding = published_peru.findings.order_by("pk").first()
    formula = "=cmd|' /C calc'!A0"
    finding.text = {**finding.text, "en": formula}
    finding.save()

    response = client.get("/profiles/per/2019/profile.csv")

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    texts = [row["text"] for row in rows]
    assert "'" + formula in texts
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)
    assert formula in [restored(text) for text in texts]
