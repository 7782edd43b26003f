"""Each process remembers a public page's version for a second: a popular page's readers cost no
query each, and a change made in the process is seen at once."""

import pytest
from django.utils import timezone

from mgi.assessments.models import Assessment
from mgi.operations import page_versions
from mgi.operations.page_versions import listing_version, profile_version


@pytest.fixture
def remembering(settings, monkeypatch):
    settings.PUBLIC_VERSION_MEMORY_SECONDS = 1.0
    now = [1000.0]
    monkeypatch.setattr(page_versions, "monotonic", lambda: now[0])
    page_versions._remembered.clear()
    yield now
    page_versions._remembered.clear()


def test_a_second_reader_within_the_second_costs_no_query(
    remembering, published_peru, django_assert_num_queries
):
    first = profile_version("per", 2019, language="en")
    listed = listing_version(language="en")

    with django_assert_num_queries(0):
        again = profile_version("per", 2019, language="en")
        listed_again = listing_version(language="en")
    assert (again, listed_again) == (first, listed)


def test_a_change_made_elsewhere_is_seen_once_the_second_is_over(remembering, published_peru):
    before = profile_version("per", 2019, language="en")
    # As another process would change it: this process hears nothing of it.
    Assessment.objects.filter(pk=published_peru.pk).update(updated_at=timezone.now())

    within = profile_version("per", 2019, language="en")
    remembering[0] += 1.5
    after = profile_version("per", 2019, language="en")

    assert within == before
    assert after != before


def test_a_profile_deleted_in_this_process_is_gone_at_once(remembering, published_peru):
    assert profile_version("per", 2019, language="en") is not None
    listed = listing_version(language="en")

    published_peru.delete()

    assert profile_version("per", 2019, language="en") is None
    assert listing_version(language="en") != listed


def test_made_up_addresses_are_not_remembered(remembering, db):
    for year in range(2000, 2100):
        assert profile_version("zzz", year, language="en") is None

    assert page_versions._remembered == {}
