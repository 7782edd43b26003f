"""Demo accounts, one per kind of user, with passwords printed for the person trying the demo."""

from django.contrib.auth import get_user_model

from mgi.assessments.team import make_coordinator, make_focal_point
from mgi.places.services import get_or_create_country

# Made-up people, so that comments, the team and the inbox show names as they would in real use.
DEMO_NAMES = {
    "admin": ("Elena", "Novak"),
    "coordinator": ("Carlos", "Mendoza"),
    "researcher": ("Ana", "Quispe"),
    "focal-point": ("Lucía", "Torres"),
}
DEMO_ACCOUNTS = [
    # username, password, what the account is for
    ("admin", "admin-demo", "staff administrator (/admin/)"),
    ("coordinator", "coordinator-demo", "coordinator: runs assessments and publishes"),
    ("researcher", "researcher-demo", "researcher: answers indicators with evidence"),
    ("focal-point", "focal-point-demo", "government focal point for Peru: reviews and approves"),
]


def ensure_demo_accounts() -> dict:
    """Create the accounts if missing (passwords reset to the demo ones); return them by name."""
    User = get_user_model()
    users = {}
    for username, password, _purpose in DEMO_ACCOUNTS:
        user, _ = User.objects.get_or_create(username=username)
        user.is_staff = user.is_superuser = username == "admin"
        user.email = f"{username}@example.org"
        user.first_name, user.last_name = DEMO_NAMES[username]
        user.set_password(password)
        user.save()
        users[username] = user
    make_coordinator(users["coordinator"])
    make_focal_point(users["focal-point"], get_or_create_country("PER"), "Government of Peru")
    return users
