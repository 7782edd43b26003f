"""Run as a script on a staged MGI_DATA_DIR: start an import, stop inside its transaction after
some rows are written, say so by creating a file, and wait there to be killed.

Usage: interrupted_import.py profile|workbook MARKER
"""

import io
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
DEMO_PROFILE = REPO / "mgi" / "demo" / "data" / "peru-2019.txt"


def pause_inside_the_transaction(marker: Path) -> None:
    marker.write_text("inside the transaction\n")
    time.sleep(300)  # bounded: the test kills this process long before
    sys.exit("not killed")


def import_profile_and_pause(marker: Path) -> None:
    from mgi.profiles import importing

    write_profile = importing._write_profile

    def write_then_pause(assessment, plan):
        write_profile(assessment, plan)
        pause_inside_the_transaction(marker)

    importing._write_profile = write_then_pause
    importing.import_profile(importing.plan_profile_import(DEMO_PROFILE.read_bytes()))


def upload_workbook_and_pause(marker: Path) -> None:
    from django.contrib.auth import get_user_model
    from openpyxl import load_workbook

    from mgi.assessments import workbook_apply, workbook_import
    from mgi.assessments.models import Assessment
    from mgi.assessments.workbook_export import export_workbook

    draft = Assessment.objects.get()
    book = load_workbook(io.BytesIO(export_workbook(draft, "en")))
    for row in book["Answers"].iter_rows(min_row=2, max_row=11):
        row[4].value, row[5].value = "complete", f"Edited offline: {row[0].value}"
    buffer = io.BytesIO()
    book.save(buffer)
    plan = workbook_import.read_workbook(draft, buffer.getvalue())
    update_answers = workbook_apply._update_answers

    def update_then_pause(*args, **kwargs):
        history = update_answers(*args, **kwargs)
        pause_inside_the_transaction(marker)
        return history

    workbook_apply._update_answers = update_then_pause
    researcher = get_user_model().objects.get(username="researcher")
    workbook_import.apply_workbook(draft, plan, researcher)


if __name__ == "__main__":
    import django

    django.setup()
    kind, marker = sys.argv[1], Path(sys.argv[2])
    {"profile": import_profile_and_pause, "workbook": upload_workbook_and_pause}[kind](marker)
