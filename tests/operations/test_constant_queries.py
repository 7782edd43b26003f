"""Nothing in the public read path costs more queries as the portal grows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

# Synthetic profiles are published for countries in order of ISO code: Aruba comes first.
PAGES = [
    "/",
    "/profiles/",
    "/profiles/abw/2019/",
    "/profiles/abw/2019/profile.json",
    "/profiles/abw/2019/profile.csv",
    "/es/profiles/abw/2019/",
]


def queries_per_page(client) -> dict[str, int]:
    counts = {}
    for address in PAGES:
        client.get(address)  # warm: first requests fill per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        assert response.status_code == 200, address
        counts[address] = len(queries)
    return counts


def test_public_pages_take_as_many_queries_with_60_profiles_as_with_3(client, synthetic_profiles):
    synthetic_profiles(3)
    small = queries_per_page(client)

    synthetic_profiles(60)
    large = queries_per_page(client)

    assert large == small
