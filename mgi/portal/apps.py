from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "mgi.portal"
    verbose_name = _("Portal")

    def ready(self):
        from mgi.operations.background_work import declare_background_work
        from mgi.portal import signals  # noqa: F401  (connects the PDF cache to published data)
        from mgi.portal.tasks import make_profile_pdfs

        declare_background_work(make_profile_pdfs, _("Profile PDFs in English, Spanish and French"))
