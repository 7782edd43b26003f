"""Start an assessment of a local place picked from the gazetteer."""

from django.db import transaction

from mgi.assessments.audit import log_action
from mgi.assessments.errors import InvalidValue, NotAllowed
from mgi.assessments.models import Assessment
from mgi.assessments.permissions import can_create_assessments
from mgi.frameworks.models import Framework
from mgi.places.gazetteer import find_candidate
from mgi.places.services import UnknownPlace, find_or_create_local_place, get_or_create_country
from mgi.profiles.rounds import create_assessment


def create_local_assessment(
    candidate_key: str, framework: Framework, round_year: int, user
) -> Assessment:
    """Make the picked place (once) under its country, then the assessment of it.

    The place records where it came from: its ISO 3166-2 code or its GeoNames id, and the
    coordinates the gazetteer gives.
    """
    if not can_create_assessments(user):
        raise NotAllowed("You may not create assessments.")
    try:
        candidate = find_candidate(candidate_key)
    except UnknownPlace as error:
        raise InvalidValue(str(error), field="candidate") from None
    with transaction.atomic():
        country = get_or_create_country(candidate.country_code)
        place, created = find_or_create_local_place(
            country,
            candidate.name,
            code=candidate.code,
            local_kind=candidate.kind,
            names=candidate.names,
            subdivision_code=candidate.subdivision_code,
            geonames_id=candidate.geonames_id,
            latitude=candidate.latitude,
            longitude=candidate.longitude,
        )
        if created:
            log_action(
                "create_local_place",
                place,
                actor=user,
                after={
                    "code": place.code,
                    "name": place.name,
                    "country": country.code,
                    "kind": place.local_kind,
                    "source": candidate.key,
                },
            )
        assessment = create_assessment(place, framework, round_year, user)
        profile = assessment.profile
        profile.title = {
            "en": f"Local Migration Governance Indicators Profile {round_year}: "
            f"{place.name} ({country.name})"
        }
        profile.save(update_fields=["title"])
    return assessment
