from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "mgi.exports"
    verbose_name = _("Exports")

    def ready(self):
        from mgi.exports import signals  # noqa: F401  (connects the receivers)
