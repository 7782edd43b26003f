"""The API's addresses load with their first use, not with the rest of the site's."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: the test process has long imported the API.
PROBE = """
import sys
import django

django.setup()
from django.urls import resolve, reverse
from django.utils import translation

print(reverse("profile", args=["per", 2019]), resolve("/profiles/per/2019/").url_name)
with translation.override("fr"):
    print(reverse("home"))
print("ninja loaded:", "ninja" in sys.modules)
print(reverse("api-v1:openapi-json"), resolve("/api/v1/frameworks").url_name)
print(resolve("/api/v1/no/such/address").func.__name__)
print("ninja loaded:", "ninja" in sys.modules)
"""


def test_site_addresses_work_without_the_api_and_api_addresses_load_it():
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "mgi.settings"},
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "/profiles/per/2019/ profile",
        "/fr/",
        "ninja loaded: False",
        "/api/v1/openapi.json list_frameworks",
        "not_found_view",
        "ninja loaded: True",
    ]


def test_the_api_documentation_links_to_its_schema(client, db):
    # The page shows examples from the published data, read from the database.
    page = client.get("/api/v1/docs")

    assert page.status_code == 200
    assert b"/api/v1/openapi.json" in page.content
