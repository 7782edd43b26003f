from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "mgi.operations"
    verbose_name = _("Operations")

    def ready(self):
        from mgi.operations import (
            background_work,  # noqa: F401  (retries failed background work)
            public_changes,  # noqa: F401  (bumps the public version)
            sign_in_backend,  # noqa: F401  (counts failed sign-ins)
        )
