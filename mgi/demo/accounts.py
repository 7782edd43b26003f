"""Demo accounts, one per kind of user, with passwords printed for the person trying the demo."""

from django.contrib.auth import get_user_model

DEMO_ACCOUNTS = [
    # username, password, is_staff, what the account is for
    ("admin", "admin-demo", True, "staff administrator (/admin/)"),
    ("coordinator", "coordinator-demo", False, "coordinator: runs assessments and publishes"),
    ("researcher", "researcher-demo", False, "researcher: answers indicators with evidence"),
    ("focal-point", "focal-point-demo", False, "government focal point: reviews and approves"),
]


def ensure_demo_accounts() -> list[tuple[str, str, str]]:
    """Create the accounts if missing (passwords reset to the demo ones); return what to print."""
    User = get_user_model()
    printed = []
    for username, password, is_staff, purpose in DEMO_ACCOUNTS:
        user, _ = User.objects.get_or_create(username=username)
        user.is_staff = is_staff
        user.is_superuser = is_staff
        user.set_password(password)
        user.save()
        printed.append((username, password, purpose))
    return printed
