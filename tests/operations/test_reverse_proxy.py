"""The shipped nginx configuration, run by nginx itself in front of the application."""

from pathlib import Path

import pytest
import requests

from tests.operations.reverse_proxy import NGINX, running_nginx


@pytest.fixture
def proxy(tmp_path, live_server):
    for folder in ("static/portal", "site/profiles"):
        (tmp_path / folder).mkdir(parents=True)
    with running_nginx(tmp_path, live_server.url.removeprefix("http://")) as url:
        yield tmp_path, url


pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")


def test_nginx_serves_static_files_itself_and_passes_the_rest_to_the_application(proxy, db):
    folder, url = proxy
    (folder / "static/portal/marker.css").write_text("/* served by nginx */")

    static = requests.get(f"{url}/static/portal/marker.css", timeout=10)
    page = requests.get(f"{url}/healthz", timeout=10)

    assert static.status_code == 200 and static.text == "/* served by nginx */"
    assert "immutable" in static.headers["Cache-Control"]
    assert page.status_code == 200  # the application's own answer: nginx has no such file


def test_nginx_serves_the_built_site_under_its_own_name(proxy):
    folder, url = proxy
    (folder / "site/profiles/index.html").write_text("<h1>Profiles, as files</h1>")

    built = requests.get(f"{url}/profiles/", headers={"Host": "site.mgi.example.org"}, timeout=10)
    missing = requests.get(f"{url}/nowhere/", headers={"Host": "site.mgi.example.org"}, timeout=10)

    assert built.status_code == 200 and "Profiles, as files" in built.text
    assert missing.status_code == 404


def test_an_upload_larger_than_any_the_platform_takes_is_refused_by_nginx(proxy):
    _, url = proxy
    too_large = b"x" * (13 * 1024 * 1024)

    response = requests.post(f"{url}/workspace/", data=too_large, timeout=30)

    assert response.status_code == 413
