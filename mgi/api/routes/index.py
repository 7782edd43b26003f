"""/api/v1/: what the API offers, with a link to each list, the OpenAPI document and the docs.

A browser asking for HTML first (its Accept header names text/html before JSON) is sent to the
documentation page; every other client (curl, scripts) gets the JSON index.
"""

from django.http import HttpResponseRedirect
from django.urls import reverse
from ninja import Router

from mgi.api.responses import documented
from mgi.api.schemas import ApiIndexOut

router = Router(tags=["index"])
TITLE = "MGI Platform open data API"
VERSION = "1"
# Every list the API has, by name; a test checks it against the OpenAPI document.
LISTS = {
    "frameworks": "frameworks",
    "places": "places",
    "assessments": "assessments",
    "answers": "answers",
    "findings": "findings",
    "sdg_10_7_2": "sdg-10-7-2",
    "search": "search",
}


@router.get("/", response={**documented(ApiIndexOut), 302: None}, url_name="index")
def api_index(request):
    """The API's name and version, and links to each list, the OpenAPI document and the docs.

    A request whose Accept header prefers text/html to JSON is redirected (302) to the docs.
    """
    docs = reverse("api-docs")
    if request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return HttpResponseRedirect(docs)
    root = request.build_absolute_uri(reverse("api-v1:index"))
    return {
        "name": TITLE,
        "version": VERSION,
        "licence": {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 International",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        },
        "docs": request.build_absolute_uri(docs),
        "openapi": request.build_absolute_uri(reverse("api-v1:openapi-json")),
        "lists": {name: f"{root}{path}" for name, path in LISTS.items()},
    }
