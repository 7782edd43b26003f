from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "mgi.exports"
    verbose_name = _("Exports")

    def ready(self):
        from mgi.exports import signals  # noqa: F401  (connects the receivers)
        from mgi.exports.tasks import make_open_data
        from mgi.operations.background_work import declare_background_work

        declare_background_work(
            make_open_data, _("Open-data files (CSV, XLSX, JSON and the data package)")
        )
