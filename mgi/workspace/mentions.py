"""@username mentions in comment texts."""

import re

# Django user names are letters, digits and @ . + - _; "name@example.org" is an address, not a
# mention, hence no word character just before the @. A trailing full stop ends the sentence.
MENTION = re.compile(r"(?<![\w@.+-])@([\w.@+-]+)")


def mentioned_usernames(text: str) -> set[str]:
    """The user names mentioned, folded to lower case (sign-in names are compared that way)."""
    return {match.rstrip(".").casefold() for match in MENTION.findall(text)}


def mentions(text: str, username: str) -> bool:
    return username.casefold() in mentioned_usernames(text)
