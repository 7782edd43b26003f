from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "mgi.search"
    verbose_name = _("Search")

    def ready(self):
        from mgi.search import signals  # noqa: F401  (connects the index to publication)
