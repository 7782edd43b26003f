"""How long a questionnaire upload holds the database's write lock (target: well under a second).

.venv/bin/python bench/workbook_upload.py [NEW_SOURCES]

Makes a draft in a temporary SQLite database, downloads its workbook, adds NEW_SOURCES sources
(4,900 by default, just under the sheet's row limit), cites them all in one answer and changes
every answer's option; then times reading the upload (no lock) and writing it (the one write
transaction) separately.
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def setup() -> None:
    os.environ["MGI_DATA_DIR"] = tempfile.mkdtemp(prefix="mgi-bench-")
    os.environ.pop("MGI_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main() -> None:
    new_sources = int(sys.argv[1]) if len(sys.argv) > 1 else 4_900
    setup()
    from django.contrib.auth import get_user_model
    from openpyxl import load_workbook

    from mgi.assessments import workbook_apply
    from mgi.assessments.creation import create_assessment
    from mgi.assessments.models import Membership, Role
    from mgi.assessments.team import make_coordinator
    from mgi.assessments.workbook_export import export_workbook
    from mgi.assessments.workbook_import import apply_workbook, read_workbook
    from mgi.frameworks.files import NATIONAL_FRAMEWORK
    from mgi.frameworks.loading import load_framework
    from mgi.places.services import get_or_create_country

    framework = load_framework(NATIONAL_FRAMEWORK).framework
    users = get_user_model().objects
    coordinator = users.create_user("coordinator", password="a-long-bench-password")
    researcher = users.create_user("researcher", password="a-long-bench-password")
    make_coordinator(coordinator)
    draft = create_assessment(get_or_create_country("PER"), framework, 2023, coordinator)
    Membership.objects.create(assessment=draft, user=researcher, role=Role.RESEARCHER)

    book = load_workbook(io.BytesIO(export_workbook(draft, "en")))
    refs = [f"N{number}" for number in range(new_sources)]
    for ref in refs:
        book["Sources"].append([ref, f"Decree {ref}", "law", "", "", ""])
    answers = list(book["Answers"].iter_rows(min_row=2))
    answers[0][6].value = "; ".join(refs)
    for row in answers:
        row[4].value = "complete"
    buffer = io.BytesIO()
    book.save(buffer)
    raw = buffer.getvalue()

    started = time.perf_counter()
    plan = read_workbook(draft, raw)
    read_s = time.perf_counter() - started
    write, held = workbook_apply.write_workbook, []

    def timed_write(*args):
        began = time.perf_counter()
        write(*args)
        held.append(time.perf_counter() - began)

    workbook_apply.write_workbook = timed_write
    import mgi.assessments.workbook_import as workbook_import

    workbook_import.write_workbook = timed_write
    done = apply_workbook(draft, plan, researcher)
    print(
        f"workbook of {len(raw) / 1e6:.1f} MB: {done['answers']} answers, "
        f"{done['sources_added']} new sources; read and checked in {read_s:.2f} s without a "
        f"lock; written in one transaction of {held[0] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
