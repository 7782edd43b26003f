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
from tests.api.local_drafts import make_secret_local_drafts
from tests.portal.published_profiles import (  # noqa: F401 (fixtures)
    DRAFT_WORD,
    coordinator,
    make_profile,
    peru_under_correction,
    small_framework,
)

CANDIDATES = {
    "place": ["XSW", "xsw", "PER", "CHL", "PER-LIMA", "per-xswl"],
    "round": [2021, 2022, 2023, 2024],
    "framework": ["tiny", "mgi-national"],
    "version": ["1"],
    "domain": ["rights", "partnerships", "PD_1"],
    "place_kind": ["country", "local"],
    "parent": ["XSW", "PER"],
    "country": ["PER", "XSW"],
    "language": ["en", "es"],
    "status": ["data_collection", "launch"],
    "kind": ["well_developed", "potential", "local", "country"],
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
        "code": ["XSW", "tiny", "mgi-national", "PER-XSWL", "PER-LIMA"],
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
def secret_local_drafts(cast, tiny_framework, published_peru):
    """Local drafts full of the secret word: a newer round of Lima (whose 2022 is published),
    and a local place of Peru that only a draft has."""
    return make_secret_local_drafts(cast["coordinator"], tiny_framework, published_peru.place)


@pytest.fixture
def everything(
    client, published_peru, published_chile, secret_drafts, secret_local_drafts, search_index
):
    search_index()
    drafts = [*secret_drafts, *secret_local_drafts]
    for draft in drafts:
        index_if_published(draft.pk)  # what a save of a draft triggers: it must index nothing
    return client.get("/api/v1/openapi.json").json(), drafts


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
    # Two national drafts and two local ones.
    assert Source.objects.filter(title__contains=SECRET).count() == 4
    local = [
        body for path, query, _s, body in seen if query.get("kind") == "local" and SECRET in body
    ]
    assert local, "the team reads its local drafts with kind=local"


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
