"""No draft data reaches a caller without a role: not through any endpoint, filter or search.

Every text of two drafts holds a secret word; every operation of the OpenAPI document is called
with the drafts' ids, places, rounds and words as path and query parameters.
"""

# Fixtures imported from published_profiles are used as arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import itertools

import pytest

from mgi.assessments.models import Answer, Source
from mgi.profiles.models import Finding
from mgi.search.indexing import index_if_published
from tests.api.conftest import SECRET
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    DRAFT_WORD,
    coordinator,
    make_profile,
    peru_under_correction,
    small_framework,
)

CANDIDATES = {
    "place": ["XSW", "xsw", "PER", "CHL"],
    "round": [2021, 2022, 2023],
    "framework": ["tiny", "mgi-national"],
    "version": ["1"],
    "domain": ["rights", "partnerships", "PD_1"],
    "place_kind": ["country"],
    "parent": ["XSW"],
    "language": ["en", "es"],
    "status": ["data_collection", "launch"],
    "kind": ["well_developed", "potential"],
    "q": [SECRET, "draft", "hallazgo", "decree"],
    "page_size": [200],
}
FIXED = {"page", "If-None-Match", "If-Modified-Since"}


def _candidates(drafts) -> dict:
    ids = {
        "assessment": [d.pk for d in drafts],
        "assessment_id": [d.pk for d in drafts],
        "answer_id": list(
            Answer.objects.filter(assessment__in=drafts)
            .exclude(justification="")
            .values_list("pk", flat=True)
        ),
        "finding_id": list(
            Finding.objects.filter(assessment__in=drafts).values_list("pk", flat=True)
        ),
        "code": ["XSW", "tiny", "mgi-national"],
    }
    return {**CANDIDATES, **ids}


def _requests(schema: dict, candidates: dict):
    """Every operation with every candidate for its path parameters and each query parameter."""
    for template, operations in schema["paths"].items():
        operation = operations["get"]
        parameters = operation.get("parameters", [])
        path_names = [p["name"] for p in parameters if p["in"] == "path"]
        query_names = [p["name"] for p in parameters if p["in"] == "query"]
        required = {p["name"]: candidates[p["name"]][0] for p in parameters if p.get("required")}
        for values in itertools.product(*(candidates[name] for name in path_names)):
            path = template
            for name, value in zip(path_names, values, strict=True):
                path = path.replace("{" + name + "}", str(value))
            base = {k: v for k, v in required.items() if k not in path_names}
            yield path, base
            for name in query_names:
                if name in FIXED:
                    continue
                for value in candidates[name]:
                    yield path, {**base, name: value}


def _sweep(client, schema, drafts) -> list:
    seen = []
    for path, query in _requests(schema, _candidates(drafts)):
        response = client.get(path, query)
        assert response.status_code in (200, 404, 422), (path, query, response.content[:200])
        seen.append((path, query, response.status_code, response.content.decode().lower()))
    return seen


@pytest.fixture
def everything(client, published_peru, published_chile, secret_drafts, search_index):
    search_index()
    for draft in secret_drafts:
        index_if_published(draft.pk)  # what a save of a draft triggers: it must index nothing
    return client.get("/api/v1/openapi.json").json(), secret_drafts


def test_an_anonymous_caller_never_sees_draft_data(client, everything):
    schema, drafts = everything

    seen = _sweep(client, schema, drafts)

    leaks = [(path, query) for path, query, _status, body in seen if SECRET in body]
    assert leaks == []
    assert sum(status == 200 for _p, _q, status, _b in seen) > 100


def test_a_signed_in_user_without_a_role_never_sees_draft_data(token_client, everything):
    schema, drafts = everything

    seen = _sweep(token_client("outsider"), schema, drafts)

    assert [(path, query) for path, query, _status, body in seen if SECRET in body] == []


def test_the_secret_is_there_for_the_team_so_the_sweep_would_catch_a_leak(token_client, everything):
    schema, drafts = everything

    seen = _sweep(token_client("coordinator"), schema, drafts)

    reached = {path.split("/")[3] for path, _query, _status, body in seen if SECRET in body}
    assert {"assessments", "answers", "findings", "places"} <= reached
    assert Source.objects.filter(title__contains=SECRET).count() == 2


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/profiles/PER/2022",
        "/api/v1/assessments?place=PER",
        "/api/v1/answers?place=PER",
        "/api/v1/findings?place=PER",
    ],
)
def test_the_api_serves_the_published_round_not_its_correction(client, peru_under_correction, path):
    body = client.get(path).content.decode()

    assert DRAFT_WORD not in body
    if "assessments" not in path:
        assert "Health care is open to all." in body or "A health law for all." in body
