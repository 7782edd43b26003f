"""A profile's SDG section when the UN published only the overall, or only the domains."""

# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from mgi.results.models import PublishedSdgCategory
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    coordinator,
    make_profile,
    small_framework,
)


def sdg_rows(client) -> list[list[str]]:
    soup = BeautifulSoup(client.get("/profiles/per/2019/").content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in tr.select("th, td")]
        for tr in soup.select("table.sdg-table tbody tr")
    ]


@pytest.fixture
def peru(make_profile, national_framework, sdg_framework):
    return make_profile("PER", 2019, answers={"1.1.1": ("complete", "In law.")})


@pytest.mark.django_db
def test_domains_without_an_overall_show_the_overall_categories_they_allow(client, peru):
    for number, category in enumerate([2, 2, 4, 3, 4, 3], start=1):
        PublishedSdgCategory.objects.create(
            place=peru.place, year=2019, domain=f"PD_{number}", category=category
        )

    rows = sdg_rows(client)

    assert rows[1][2] == "Partially meets"
    assert rows[6][0] == "Overall"
    assert rows[6][2] == "Not published; the published domains allow Partially meets or Meets"


@pytest.mark.django_db
def test_an_overall_alone_is_shown_with_the_domains_not_published(client, peru):
    PublishedSdgCategory.objects.create(place=peru.place, year=2019, domain="_T", category=3)

    rows = sdg_rows(client)

    assert rows[0][2] == "Not published"
    assert rows[6][2] == "Meets"
