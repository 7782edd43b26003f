"""Start an assessment: one empty answer per indicator, an empty profile, and its team."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from mgi.assessments.audit import log_action
from mgi.assessments.errors import AssessmentError, InvalidValue, NotAllowed, NotFound
from mgi.assessments.models import Answer, Assessment, Membership, Person, Role
from mgi.assessments.permissions import can_create_assessments, require_manage_team
from mgi.frameworks.models import Framework
from mgi.lib.i18n_text import pick
from mgi.places.models import Place


def create_round(place: Place, framework: Framework, round_year: int, user) -> Assessment:
    """Create the assessment with its creator as coordinator; its profile is the profiles app's
    (mgi.profiles.rounds.create_assessment makes both)."""
    if not can_create_assessments(user):
        raise NotAllowed("You may not create assessments.")
    with transaction.atomic():
        if Assessment.objects.filter(place=place, round_year=round_year).exists():
            raise AssessmentError(f"{place.name} already has an assessment for {round_year}.")
        try:
            assessment = Assessment.objects.create(
                place=place, framework=framework, round_year=round_year
            )
        except IntegrityError:
            raise AssessmentError(
                f"{place.name} already has an assessment for {round_year}."
            ) from None
        # Every indicator has its answer row from the start, so saving is always an update that
        # can check the version it started from.
        Answer.objects.bulk_create(
            Answer(assessment=assessment, indicator=indicator)
            for indicator in framework.indicators.all()
        )
        Membership.objects.create(assessment=assessment, user=user, role=Role.COORDINATOR)
        log_action(
            "create",
            assessment,
            actor=user,
            assessment=assessment,
            after={
                "place": place.code,
                "framework": f"{framework.code} {framework.version}",
                "round": round_year,
                "title": pick(framework.title),
            },
        )
    return assessment


def add_member(assessment: Assessment, username: str, role: str, actor) -> Membership:
    require_manage_team(actor, assessment)
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise InvalidValue(
            _("User name: there is no user called “%(value)s”.") % {"value": username},
            field="username",
        )
    if role not in Role.values:
        raise InvalidValue(_("Role: “%(value)s” is not a role.") % {"value": role}, field="role")
    if role == Role.FOCAL_POINT:
        person = Person.objects.filter(user=user).select_related("place").first()
        place = person.place if person else None
        allowed = {assessment.place_id, assessment.place.parent_id}
        if place is None or place.pk not in allowed:
            raise InvalidValue(
                _("User name: “%(value)s” is not a focal point of %(place)s's government.")
                % {"value": username, "place": assessment.place.name},
                field="username",
            )
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            assessment=assessment, user=user, defaults={"role": role}
        )
        before = None if created else {"user": username, "role": membership.role}
        if not created and membership.role == Role.COORDINATOR and role != Role.COORDINATOR:
            _keep_a_coordinator(assessment, membership)
        if not created and membership.role != role:
            membership.role = role
            membership.save(update_fields=["role"])
        log_action(
            "add_member" if created else "change_member",
            membership,
            actor=actor,
            assessment=assessment,
            before=before,
            after={"user": username, "role": role},
        )
    return membership


def remove_member(assessment: Assessment, membership_id: int, actor) -> None:
    require_manage_team(actor, assessment)
    with transaction.atomic():
        # An id beyond the database's integers names nobody (SQLite would overflow on it).
        in_range = 0 < membership_id < 2**63
        members = Membership.objects.select_related("user").filter(assessment=assessment)
        membership = members.filter(pk=membership_id).first() if in_range else None
        if membership is None:
            raise NotFound("That person is not on this assessment's team.")
        if membership.role == Role.COORDINATOR:
            _keep_a_coordinator(assessment, membership)
        log_action(
            "remove_member",
            membership,
            actor=actor,
            assessment=assessment,
            before={"user": membership.user.username, "role": membership.role},
        )
        membership.delete()


def _keep_a_coordinator(assessment: Assessment, leaving: Membership) -> None:
    """Refuse to remove or demote the last coordinator: nobody could then run the assessment.
    The coordinators' rows are locked, so two coordinators removing each other cannot both win."""
    coordinators = list(
        assessment.memberships.filter(role=Role.COORDINATOR)
        .select_for_update()
        .values_list("pk", flat=True)
    )
    if coordinators == [leaving.pk]:
        raise AssessmentError(
            f"{leaving.user.username} is the assessment's only coordinator: make someone else "
            "coordinator first. An assessment keeps at least one coordinator."
        )
