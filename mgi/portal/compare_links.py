"""Addresses of comparisons: several profiles side by side, and one place's rounds."""

from urllib.parse import urlencode

from django.urls import reverse

from mgi.assessments.models import Assessment
from mgi.places.models import Place


def profile_key(assessment: Assessment) -> str:
    """How a profile is named in /compare/?p=...: "per-2019", "per-lima-2021"."""
    return f"{assessment.place.url_code}-{assessment.round_year}"


def compare_url(*assessments: Assessment) -> str:
    query = urlencode([("p", profile_key(a)) for a in assessments])
    return f"{reverse('compare')}?{query}"


def changes_url(place: Place, from_year: int, to_year: int) -> str:
    query = urlencode({"from": from_year, "to": to_year})
    return f"{reverse('profile-changes', args=[place.url_code])}?{query}"
