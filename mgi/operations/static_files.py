"""Production pages name the static files under hashed names, which only the files gathered by
collectstatic carry."""

from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.management import call_command


def gather_static_files_if_needed(verbosity: int = 1) -> None:
    """Run collectstatic once, before the first page is rendered with hashed names."""
    if isinstance(staticfiles_storage, ManifestFilesMixin) and not staticfiles_storage.exists(
        staticfiles_storage.manifest_name
    ):
        call_command("collectstatic", interactive=False, verbosity=min(verbosity, 1))
