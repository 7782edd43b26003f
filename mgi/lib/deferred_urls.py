"""A namespaced group of addresses whose module is imported when first needed.

Django imports every included URL module when the URLs are first reversed or resolved, and
populates every nested resolver with the root. For the API that means django-ninja and the
API's schema classes, about 0.15 s of the start-up of every process that builds a link, though
most never serve an API call.
"""

from django.urls import URLResolver
from django.urls.resolvers import RoutePattern


class DeferredNamespaceResolver(URLResolver):
    """Imports its module at the first address resolved under its prefix, or the first name of
    its namespace reversed (Django reads the patterns of a namespace to reverse in it).

    The root resolver populates each nested one as it populates itself; a namespaced one is only
    ever reached through its namespace, so until its module is loaded there is nothing to do.
    """

    def _populate(self):
        if "urlconf_module" in self.__dict__:  # Django's cached_property: imported already
            super()._populate()


def deferred_include(route: str, module: str, *, app_name: str, namespace: str):
    """Like path(route, include((module, app_name), namespace=namespace)), imported later."""
    return DeferredNamespaceResolver(
        RoutePattern(route, is_endpoint=False), module, app_name=app_name, namespace=namespace
    )
