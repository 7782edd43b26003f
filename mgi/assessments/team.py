"""Accounts with platform-wide rights: who may start assessments, and focal points' governments."""

from django.contrib.auth.models import Group, Permission

from mgi.assessments.models import Person

COORDINATORS_GROUP = "Coordinators"


def coordinators_group() -> Group:
    """The group whose members may create assessments (and so become their coordinators)."""
    group, _ = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    permission = Permission.objects.get(
        content_type__app_label="assessments", codename="add_assessment"
    )
    group.permissions.add(permission)
    return group


def make_coordinator(user) -> None:
    user.groups.add(coordinators_group())


def make_focal_point(user, place, organisation: str = "") -> Person:
    person, _ = Person.objects.update_or_create(
        user=user, defaults={"place": place, "organisation": organisation}
    )
    return person
