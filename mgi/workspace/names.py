"""How people are named on pages and in mail: their full name, else their user name."""


def person_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()
