"""The site's addresses and error handlers, plus pages that fail on purpose (for error pages)."""

from django.core.exceptions import PermissionDenied
from django.urls import path

from mgi.urls import handler400, handler403, handler404, handler500  # noqa: F401
from mgi.urls import urlpatterns as site_patterns


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("forbidden/", forbidden),
    path("es/forbidden/", forbidden),
    path("fr/broken/", broken),
    path("broken/", broken),
    path("es/broken/", broken),
    *site_patterns,
]
