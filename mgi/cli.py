"""The `mgi` console script: Django's management commands under the project's settings."""

import os
import sys

# Commands that serve the public: they run with production settings unless MGI_DEBUG says
# otherwise, so that a server started without configuration never shows a traceback.
PRODUCTION_COMMANDS = {"serve"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mgi.settings")
    if sys.argv[1:2] and sys.argv[1] in PRODUCTION_COMMANDS:
        os.environ.setdefault("MGI_DEBUG", "false")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
