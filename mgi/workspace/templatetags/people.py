from django import template

from mgi.workspace.names import person_name as name_of

register = template.Library()


@register.filter
def person_name(user) -> str:
    """A person's full name, else their user name; empty for a deleted account."""
    return name_of(user)
