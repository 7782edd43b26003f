"""Search finds the published round of Peru 2022, never the words of its correction under way."""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    DRAFT_WORD,
    coordinator,
    make_profile,
    peru_under_correction,
    small_framework,
)


def test_search_finds_the_published_texts_and_not_the_correction(
    client, peru_under_correction, search_index
):
    search_index()

    # Words only the drafts have: the draft word itself would be echoed in the search box.
    for_the_draft = client.get("/search/", {"q": "decree"}).content.decode()
    for_a_finding = client.get("/search/", {"q": "finding"}).content.decode()
    for_health = client.get("/search/", {"q": "health"}).content.decode()
    through_the_api = client.get("/api/v1/search", {"q": "health"}).content.decode()

    assert DRAFT_WORD not in for_the_draft + for_a_finding
    assert "care is open to all." in for_health  # "Health" is marked as the hit
    assert DRAFT_WORD not in for_health + through_the_api
