"""/api/v1/docs: the endpoints, parameters, responses and a real example of each, as a plain page
(no script, no CDN)."""

from django.shortcuts import render
from django.urls import reverse
from ninja.openapi.docs import DocsBase

from mgi.api.examples import examples_for

METHODS = ("get", "post", "put", "patch", "delete")


def endpoints(schema: dict) -> list[dict]:
    """The OpenAPI document's operations, in the order of the document."""
    listed = []
    for path, operations in schema["paths"].items():
        for method in METHODS:
            operation = operations.get(method)
            if operation is None:
                continue
            listed.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "anchor": operation["operationId"],
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "where": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description")
                            or p.get("schema", {}).get("description", ""),
                        }
                        for p in operation.get("parameters", [])
                    ],
                    "responses": sorted(operation.get("responses", {})),
                    "paged": any(p["name"] == "page_size" for p in operation.get("parameters", [])),
                }
            )
    return listed


class EndpointList(DocsBase):
    """A readable list instead of Swagger UI, which would need scripts from a CDN."""

    def render_page(self, request, api, **kwargs):
        schema = api.get_openapi_schema(path_params=kwargs)
        listed = endpoints(schema)
        made = examples_for(listed, request.scheme, request.get_host(), reverse("api-v1:index"))
        for endpoint in listed:
            endpoint["example"] = made.get(endpoint["anchor"])
        return render(
            request,
            "api/docs.html",
            {
                "title": schema["info"]["title"],
                "version": schema["info"]["version"],
                "openapi_url": self.get_openapi_url(api, kwargs),
                "endpoints": listed,
            },
        )
