"""The demo's illustrative local profile: Metropolitan Lima, 2022, under Peru.

It is written for the demo (its file says so) so that the local <-> national reading, and the
point of Lima on the map, show from the first start.
"""

from pathlib import Path

from mgi.places.services import find_or_create_local_place, get_or_create_country
from mgi.profiles.importing import import_profile, plan_profile_import
from mgi.profiles.local_import import LOCAL_FRAMEWORK, NATIONAL_FRAMEWORK, local_framework_available

LIMA_PROFILE = Path(__file__).resolve().parent / "data" / "lima-2022.txt"
LIMA_CODE = "PER-LIMA"


def ensure_demo_local_place():
    """The place as a coordinator picking ISO 3166-2 PE-LMA would make it, with coordinates."""
    peru = get_or_create_country("PER")
    place, _ = find_or_create_local_place(
        peru,
        "Lima Metropolitana",
        code=LIMA_CODE,
        local_kind="municipality",
        names={"en": "Metropolitan Lima", "es": "Lima Metropolitana", "fr": "Lima métropolitaine"},
        subdivision_code="PE-LMA",
        latitude=-12.04318,
        longitude=-77.02824,
    )
    return place


def demo_local_framework_code() -> str:
    """The local framework once it ships with the platform; the national one until then."""
    return LOCAL_FRAMEWORK if local_framework_available() else NATIONAL_FRAMEWORK


def ensure_demo_local_profile() -> str:
    """Import the illustrative Lima 2022 profile (published); "unchanged" when it is there."""
    ensure_demo_local_place()
    plan = plan_profile_import(
        LIMA_PROFILE.read_bytes(), place_code=LIMA_CODE, framework_code=demo_local_framework_code()
    )
    return import_profile(plan, via="demo").action
