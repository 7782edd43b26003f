"""A small public site for browser tests: two rounds of Peru with answers, findings, sources and
published SDG 10.7.2 categories, so that every kind of public page has something to show."""

# ruff: noqa: F811

import pytest
from django.core.management import call_command

from mgi.assessments.answers import SourceFields
from mgi.results.models import PublishedSdgCategory
from tests.portal.published_profiles import coordinator, make_profile  # noqa: F401 (fixtures)

# One address of each kind of public page, with a finding or row to show.
PUBLIC_PAGES = {
    "home": "/",
    "profile list": "/profiles/",
    "profile": "/profiles/per/2019/",
    "compare": "/compare/?p=per-2019&p=per-2023",
    "changes": "/profiles/per/changes/?from=2019&to=2023",
    "explorer": "/indicators/",
    "indicator": "/indicators/mgi-national/2.2.5/",
    "search": "/search/?q=migrants",
    "data": "/data/",
    "api docs": "/api/v1/docs",
    "sdg": "/sdg/10-7-2/",
    "not found": "/profiles/zzz/1999/",
}
LANGUAGE_PREFIXES = {"en": "", "es": "/es", "fr": "/fr"}
# Pages written in English only, at one address.
ENGLISH_ONLY: set[str] = set()


def addresses(languages=LANGUAGE_PREFIXES):
    """(page name, language, path) for every public page in every language it has."""
    for name, path in PUBLIC_PAGES.items():
        for language, prefix in languages.items():
            if name in ENGLISH_ONLY and language != "en":
                continue
            yield name, language, f"{prefix}{path}"


@pytest.fixture
def public_site(transactional_db, live_server, make_profile, national_framework, sdg_framework):
    crosswalked = {
        code: ("complete", "Set out in the **Migration Law** of 2017.")
        for code, crosswalk in national_framework.indicators.values_list("code", "crosswalk")
        if crosswalk
    }
    law = SourceFields(
        title="Legislative Decree 1350 on Migration, with a rather long title to wrap",
        kind="law",
        citation="Official Gazette El Peruano, 7 January 2017",
        url="https://www.gob.pe/institucion/migraciones/normas-legales/a-very-long-address-0001",
        date=None,
    )
    peru = make_profile(
        "PER",
        2019,
        answers={**crosswalked, "2.2.5": ("absent", "No mechanism.")},
        findings=[
            (1, "well_developed", "Migrants use public health services on equal terms.", ["1.1.1"]),
            (1, "potential", "Local voting is limited to some foreign residents.", ["1.5.1"]),
            (2, "well_developed", "A migration service implements the national policy.", ["2.1.1"]),
        ],
        sources={"1.1.1": [law]},
    )
    make_profile(
        "PER",
        2023,
        answers={**crosswalked, "2.2.5": ("complete", "A gender working group since 2022.")},
        findings=[(1, "well_developed", "Local voting is open to all residents.", ["1.5.1"])],
    )
    for number, category in enumerate([4, 4, 4, 4, 4, 4], start=1):
        PublishedSdgCategory.objects.create(
            place=peru.place, year=2019, domain=f"PD_{number}", category=category
        )
    PublishedSdgCategory.objects.create(place=peru.place, year=2019, domain="_T", category=3)
    call_command("rebuild_search_index", verbosity=0)
    return live_server.url
