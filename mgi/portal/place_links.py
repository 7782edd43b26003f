"""Links between a local profile and its country's national profile, domain by domain."""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

from mgi.assessments.models import Answer, Assessment
from mgi.frameworks.models import Domain
from mgi.lib.shared_reads import shared_read
from mgi.places.models import Place
from mgi.places.names import place_name
from mgi.portal.compare_links import compare_url
from mgi.profiles.public import published_profiles


def newest_per_place(assessments) -> list[Assessment]:
    """The newest round of each place, in the order given (each round is its newest revision)."""
    newest: dict[int, Assessment] = {}
    for assessment in assessments:
        current = newest.get(assessment.place_id)
        if current is None or assessment.round_year > current.round_year:
            newest[assessment.place_id] = assessment
    return list(newest.values())


@shared_read(key=lambda place: place.pk)
def related_profiles(place: Place) -> list[Assessment]:
    """Published profiles of the place itself, its country and its local places, each marked
    `has_answers` (a profile imported as text has none); one query."""
    related = Q(place=place) | Q(place__parent=place)
    if place.parent_id is not None:
        related |= Q(place_id=place.parent_id)
    answered = Answer.objects.filter(assessment=OuterRef("pk"), option__isnull=False)
    return list(
        published_profiles()
        .filter(related)
        .annotate(has_answers=Exists(answered))
        .order_by("place__name")
    )


def build_place_links(assessment: Assessment, domains: list[dict], related: list) -> dict | None:
    """For a local profile, its country's newest national profile per domain; for a national
    one, the newest profile of each of its local places per domain. `related` comes from
    related_profiles(); one more query, only when there is something to link to."""
    place = assessment.place
    if place.kind == Place.Kind.LOCAL:
        others = newest_per_place(a for a in related if a.place_id == place.parent_id)
        kind = "national"
    else:
        others = newest_per_place(a for a in related if a.place.parent_id == place.pk)
        kind = "local"
    if not others:
        return None
    slugs = {
        (framework_id, number): slug
        for framework_id, number, slug in Domain.objects.filter(
            framework_id__in={other.framework_id for other in others}
        ).values_list("framework_id", "number", "slug")
    }
    rows = []
    for domain in domains:
        links = []
        for other in others:
            slug = slugs.get((other.framework_id, domain["number"]))
            if slug is None:
                continue
            url = reverse("profile", args=[other.place.url_code, other.round_year])
            links.append(
                {
                    "place": place_name(other.place),
                    "round": other.round_year,
                    "href": f"{url}#domain-{slug}",
                }
            )
        rows.append({"number": domain["number"], "name": domain["name"], "links": links})
    profiles = [
        {
            "place": place_name(other.place),
            "round": other.round_year,
            "url": reverse("profile", args=[other.place.url_code, other.round_year]),
            "compare_url": compare_url(assessment, other),
        }
        for other in others
    ]
    return {"kind": kind, "rows": rows, "profiles": profiles}
