from tests.api.conftest import (  # noqa: F401  (fixtures)
    cast,
    draft,
    published_chile,
    search_index,
    secret_drafts,
    tiny_framework,
    token_client,
)
