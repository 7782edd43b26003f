"""The read-only API at /api/v1/: published data for everyone, drafts for their team by token."""

from ninja import NinjaAPI

from mgi.api.auth import PersonalToken
from mgi.api.caching import add_validators, answer_not_modified
from mgi.api.docs import EndpointList
from mgi.api.errors import install_error_handlers
from mgi.api.routes import (
    answers,
    assessments,
    findings,
    frameworks,
    index,
    places,
    profiles,
    results,
)
from mgi.api.routes import search as search_routes

DESCRIPTION = """Open data of the MGI Platform: frameworks, places, assessments, answers with their
sources, key findings, profiles, SDG 10.7.2 categories and full-text search. Data are published
under CC BY 4.0. Lists are paged (`page`, `page_size`) in a stable order. Public answers carry
ETag and Last-Modified and answer conditional requests with 304. A personal token
(`Authorization: Bearer <token>`, made in the workspace) adds the drafts of the caller's own
assessments; without one, only published data is shown."""

CONDITIONAL_HEADERS = [
    {
        "name": "If-None-Match",
        "in": "header",
        "required": False,
        "schema": {"type": "string"},
        "description": "An ETag from an earlier answer: 304 if the data has not changed.",
    },
    {
        "name": "If-Modified-Since",
        "in": "header",
        "required": False,
        "schema": {"type": "string"},
        "description": "An HTTP date: 304 if nothing was published since.",
    },
]
VALIDATOR_HEADERS = {
    "ETag": {"schema": {"type": "string"}, "description": "Validator for If-None-Match."},
    "Last-Modified": {
        "schema": {"type": "string"},
        "description": "When published data last changed (public answers only).",
    },
}


class OpenDataApi(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema["paths"].values():
            for operation in operations.values():
                _document_optional_token(operation)
                _document_conditional_get(operation)
        return schema


def _document_optional_token(operation: dict) -> None:
    # `{}` first: calling without a token is allowed and shows published data.
    security = operation.get("security") or []
    if {} not in security:
        operation["security"] = [{}, *security]


def _document_conditional_get(operation: dict) -> None:
    names = {p["name"] for p in operation.get("parameters", [])}
    operation.setdefault("parameters", []).extend(
        p for p in CONDITIONAL_HEADERS if p["name"] not in names
    )
    ok = operation["responses"].get(200)
    if ok is not None:
        ok["headers"] = VALIDATOR_HEADERS
    not_modified = operation["responses"].get(304)
    if not_modified is not None:
        not_modified["description"] = "Not Modified: the copy the client has is current."
        not_modified["headers"] = {"ETag": VALIDATOR_HEADERS["ETag"]}


api = OpenDataApi(
    title=index.TITLE,
    version=index.VERSION,
    description=DESCRIPTION,
    urls_namespace="api-v1",
    auth=PersonalToken(),
    docs=EndpointList(),
)
install_error_handlers(api)
api.add_decorator(add_validators, mode="view")
api.add_decorator(answer_not_modified, mode="operation")
for module in (
    index,
    frameworks,
    places,
    assessments,
    answers,
    findings,
    profiles,
    results,
    search_routes,
):
    api.add_router("", module.router)
