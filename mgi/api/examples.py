"""A real example for each operation of the docs page: the request as curl and its answer.

Made by calling the API itself, in this process, as an anonymous client, on the data the site
holds: the examples cannot drift from what the API answers. The path parameters come from the
API's own lists (the first published assessment, answer, finding...). Long lists are cut to their
first items so that the page stays readable; the page says so.
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlencode

from django.test import RequestFactory
from django.urls import Resolver404, resolve

from mgi.operations.page_versions import listing_version

SHOWN_ITEMS = 2
SHOWN_CHARACTERS = 240
# Query parameters that make a list's example short, or a search find something.
EXAMPLE_QUERIES = {"search": {"q": "migrants"}}
PAGED_QUERY = {"page_size": SHOWN_ITEMS}


@dataclass(frozen=True)
class Example:
    url: str  # the address called, absolute
    status: int
    body: str  # the answer as indented JSON, lists cut short
    shortened: bool

    @property
    def curl(self) -> str:
        return f"curl -H 'Accept: application/json' '{self.url}'"


def examples_for(endpoints: list[dict], scheme: str, host: str, prefix: str) -> dict[str, Example]:
    """Operation id -> its example, kept until something is published again."""
    paths = tuple((e["anchor"], e["path"], bool(e["paged"])) for e in endpoints)
    etag = listing_version(language="en").etag
    return dict(_examples(paths, scheme, host, prefix, etag))


@lru_cache(maxsize=8)
def _examples(paths: tuple, scheme: str, host: str, prefix: str, etag: str) -> tuple:
    factory = RequestFactory(HTTP_HOST=host, HTTP_ACCEPT="application/json")
    secure = scheme == "https"

    def call(path: str, query: dict) -> tuple[int, object, str]:
        address = f"{path}?{urlencode(query)}" if query else path
        try:
            match = resolve(path)
        except Resolver404:
            return 404, None, address
        response = match.func(factory.get(address, secure=secure), *match.args, **match.kwargs)
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
        return response.status_code, data, address

    values = _path_values(lambda path: call(f"{prefix}{path}", PAGED_QUERY)[1])
    made = []
    for anchor, path, paged in paths:
        filled = _fill(path, values)
        if filled is None:
            continue  # nothing published yet to show it with
        name = path.removeprefix(prefix).strip("/")
        query = {**(PAGED_QUERY if paged else {}), **EXAMPLE_QUERIES.get(name, {})}
        status, data, address = call(filled, query)
        body, shortened = _shown(data)
        made.append((anchor, Example(f"{scheme}://{host}{address}", status, body, shortened)))
    return tuple(made)


def _path_values(first_page) -> dict[str, str]:
    """Values for the path parameters, read from the first items of the API's lists."""
    values: dict[str, str] = {}
    assessments = (first_page("assessments") or {}).get("items") or []
    if assessments:
        assessment = assessments[0]
        values["assessment_id"] = str(assessment["id"])
        values["place"] = assessment["place"]["code"].lower()
        values["round"] = str(assessment["round"])
        values["place_code"] = assessment["place"]["code"]
        values["framework_code"] = assessment["framework"]["code"]
    for name, key in (("answers", "answer_id"), ("findings", "finding_id")):
        items = (first_page(name) or {}).get("items") or []
        if items:
            values[key] = str(items[0]["id"])
    return values


def _fill(path: str, values: dict[str, str]) -> str | None:
    # {code} names a framework under /frameworks/ and a place under /places/.
    names = dict(values)
    if "place_code" in values:
        names["code"] = values["framework_code"] if "/frameworks/" in path else values["place_code"]
    filled = path
    while "{" in filled:
        start = filled.index("{")
        end = filled.index("}", start)
        value = names.get(filled[start + 1 : end])
        if value is None:
            return None
        filled = filled[:start] + value + filled[end + 1 :]
    return filled


def _shown(data) -> tuple[str, bool]:
    cut = [False]

    def shorten(value):
        if isinstance(value, list):
            if len(value) > SHOWN_ITEMS:
                cut[0] = True
            return [shorten(item) for item in value[:SHOWN_ITEMS]]
        if isinstance(value, dict):
            return {key: shorten(item) for key, item in value.items()}
        if isinstance(value, str) and len(value) > SHOWN_CHARACTERS:
            cut[0] = True
            return value[:SHOWN_CHARACTERS] + "…"
        return value

    shown = shorten(data)
    return json.dumps(shown, indent=2, ensure_ascii=False), cut[0]


def shape(value):
    """The keys and types of a JSON value, lists by their first item: what an example shows."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__
