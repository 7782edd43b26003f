from django.urls import re_path

from mgi.api.errors import json_method_errors, not_found_view
from mgi.api.main import api

# mgi/urls.py mounts these under /api/v1/ in django-ninja's namespace ("api-v1", app "ninja"),
# which ninja's own documentation page reverses.
ninja_patterns, _app_name, _namespace = api.urls
# The documentation page is the site's own, in the reader's language (mgi/urls.py).
api_patterns = [pattern for pattern in ninja_patterns if pattern.name != "openapi-view"]
for pattern in api_patterns:
    pattern.callback = json_method_errors(pattern.callback)

urlpatterns = [
    *api_patterns,
    # Any other address under /api/v1/ is a JSON 404 too, not an HTML page; not so the
    # documentation page, which the site's own patterns answer after these.
    re_path(r"^(?!docs$).*$", not_found_view),
]
