from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "mgi.portal"
    verbose_name = _("Portal")

    def ready(self):
        from mgi.portal import signals  # noqa: F401  (connects the PDF cache to profile texts)
