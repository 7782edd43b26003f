from functools import cache

from mgi.workspace.inbox import inbox_count


def inbox(request) -> dict:
    """The inbox count for the site header, counted only when a page shows it (signed-in)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"inbox_count": 0}
    return {"inbox_count": cache(lambda: inbox_count(user))}
