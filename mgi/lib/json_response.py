"""The JSON siblings of pages: readable (indented, not ASCII-escaped), in UTF-8."""

import json

from django.http import HttpResponse


def json_response(data: dict, status: int = 200) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/json; charset=utf-8", status=status)
