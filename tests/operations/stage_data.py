"""Run in a fresh MGI_DATA_DIR (as a script): migrate, then a researcher on a draft of Peru 2023.

Prints nothing; the tests find the draft as the only assessment and sign in as "researcher".
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")


def main() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from mgi.assessments.models import Assessment, Membership, Role
    from mgi.assessments.team import make_coordinator
    from mgi.frameworks.files import NATIONAL_FRAMEWORK
    from mgi.frameworks.loading import load_framework
    from mgi.places.services import get_or_create_country
    from mgi.profiles.rounds import create_assessment
    from tests.operations.servers import PASSWORD

    call_command("migrate", verbosity=0)
    framework = load_framework(NATIONAL_FRAMEWORK).framework
    users = get_user_model().objects
    coordinator = users.create_user("coordinator", "coordinator@example.org", PASSWORD)
    researcher = users.create_user("researcher", "researcher@example.org", PASSWORD)
    make_coordinator(coordinator)
    draft = create_assessment(get_or_create_country("PER"), framework, 2023, coordinator)
    Membership.objects.create(assessment=draft, user=researcher, role=Role.RESEARCHER)
    Assessment.objects.filter(pk=draft.pk).update(status=Assessment.Status.DATA_COLLECTION)
    # A signed-in session made ahead, for servers that cannot write a new one (read-only files).
    session = SessionStore()
    session["_auth_user_id"] = str(researcher.pk)
    session["_auth_user_backend"] = settings.AUTHENTICATION_BACKENDS[0]
    session["_auth_user_hash"] = researcher.get_session_auth_hash()
    session.create()
    (Path(os.environ["MGI_DATA_DIR"]) / "researcher-session").write_text(session.session_key)


if __name__ == "__main__":
    main()
