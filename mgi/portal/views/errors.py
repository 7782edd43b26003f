"""The site's own error pages, in the reader's language, each with a way back.

Django calls these for errors raised anywhere (mgi/urls.py names them). The 500 page is
rendered by Django's own handler (through operations.db_errors) with no request and no database:
its template asks for neither.
"""

from django.shortcuts import render


def _error_page(request, status: int):
    return render(request, f"{status}.html", {"request_path": request.path}, status=status)


def bad_request(request, exception=None):
    return _error_page(request, 400)


def permission_denied(request, exception=None):
    return _error_page(request, 403)


def page_not_found(request, exception=None):
    return _error_page(request, 404)
