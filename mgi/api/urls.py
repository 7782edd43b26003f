from django.urls import re_path

from mgi.api.errors import json_method_errors, not_found_view
from mgi.api.main import api

api_patterns, _app_name, _namespace = api.urls
for pattern in api_patterns:
    pattern.callback = json_method_errors(pattern.callback)

urlpatterns = [
    re_path("", (api_patterns, "ninja", "api-v1")),
    # Any other address under /api/v1/ is a JSON 404 too, not an HTML page.
    re_path(r"^.*$", not_found_view),
]
