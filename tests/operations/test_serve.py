import re
import secrets
import subprocess

import requests

from tests.operations import servers


def test_mgi_serve_in_production_serves_static_files_under_hashed_names_for_ever(
    data_dir, production_static
):
    env = servers.production_env(data_dir, MGI_STATIC_ROOT=str(production_static))

    with servers.running(env, workers=1) as server:
        page = requests.get(f"{server.url}/profiles/", timeout=30)
        stylesheet = re.search(r'href="(/static/portal/site\.[0-9a-f]{12}\.css)"', page.text)[1]
        static = requests.get(server.url + stylesheet, timeout=30)

    assert page.status_code == 200
    assert "Content-Security-Policy" in page.headers
    assert (production_static / "staticfiles.json").exists()
    assert static.status_code == 200
    assert "immutable" in static.headers["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", static.headers["Cache-Control"])[1]) >= 365 * 86400


def test_the_default_number_of_workers_follows_the_cores_within_a_cap(monkeypatch):
    from mgi.operations.management.commands import serve

    monkeypatch.setattr(serve.os, "cpu_count", lambda: 2)
    assert serve.default_workers() == 5
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 64)
    assert serve.default_workers() == serve.MAX_DEFAULT_WORKERS


def test_production_settings_pass_the_deployment_check_without_a_warning(tmp_path):
    env = servers.sqlite_env(
        tmp_path,
        MGI_DEBUG="false",
        MGI_SECRET_KEY=secrets.token_urlsafe(50),
        MGI_ALLOWED_HOSTS="mgi.example.org",
    )

    result = subprocess.run(
        [servers.MGI, "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_mgi_serve_without_configuration_runs_with_production_settings(data_dir, production_static):
    env = servers.sqlite_env(
        data_dir,
        MGI_STATIC_ROOT=str(production_static),
        MGI_SSL_REDIRECT="false",
        MGI_SECURE_COOKIES="false",
    )

    with servers.running(env, workers=1) as server:
        missing = requests.get(f"{server.url}/no-such-page/", timeout=30)
        page = requests.get(f"{server.url}/profiles/", timeout=30)

    assert missing.status_code == 404
    assert "URLconf" not in missing.text and "Traceback" not in missing.text
    assert re.search(r'href="/static/portal/site\.[0-9a-f]{12}\.css"', page.text)
    assert len((data_dir / "secret-key").read_text().strip()) >= 50
