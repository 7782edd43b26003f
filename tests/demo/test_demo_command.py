import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Framework, Indicator
from mgi.profiles.models import Finding


def counts() -> dict:
    return {
        "frameworks": Framework.objects.count(),
        "indicators": Indicator.objects.count(),
        "assessments": Assessment.objects.count(),
        "findings": Finding.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.mark.django_db
def test_the_demo_loads_its_data_and_a_second_run_duplicates_nothing():
    out = io.StringIO()
    call_command("demo", no_serve=True, stdout=out)
    first = counts()

    call_command("demo", no_serve=True, stdout=out)

    assert counts() == first
    assert first["frameworks"] == 3
    assert set(Framework.objects.values_list("kind", flat=True)) == {"national", "local", "sdg"}
    # Peru 2019 and the illustrative 2021 round (48), and the illustrative local profile of
    # Lima 2022 (13).
    assert first["findings"] == 61
    statuses = {
        (code, year): status
        for code, year, status in Assessment.objects.values_list(
            "place__code", "round_year", "status"
        )
    }
    assert statuses == {
        ("PER", 2019): "published",
        ("PER", 2021): "published",
        ("PER-LIMA", 2022): "published",
        ("PER", 2023): "government_review",
    }
    draft = Assessment.objects.get(round_year=2023)
    assert set(draft.memberships.values_list("user__username", "role")) == {
        ("coordinator", "coordinator"),
        ("researcher", "researcher"),
        ("focal-point", "focal_point"),
    }
    printed = out.getvalue()
    for username in ("admin", "coordinator", "researcher", "focal-point"):
        assert username in printed
    assert get_user_model().objects.get(username="admin").check_password("admin-demo")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_demo_command_serves_the_peru_profile_in_the_foreground(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "MGI_DATABASE_URL"}
    env["MGI_DATA_DIR"] = str(tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "mgi.cli", "demo", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = _wait_for(f"http://127.0.0.1:{port}/profiles/per/2019/", server, seconds=90)
        assert "Migration Governance Profile: The Republic of Peru" in body
        assert body.count('class="wheel-segment"') == 6
        assert server.poll() is None, "the demo must keep serving in the foreground"
        # The production server and settings: a missing page tells a reader nothing inside.
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/no-such-page/", timeout=10)
        assert missing.value.code == 404
        page = missing.value.read().decode()
        assert "URLconf" not in page
        # The site's own page, with its header and a way back.
        assert "This page does not exist" in page
        assert 'class="site-name" href="/"' in page
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    assert (tmp_path / "mgi.sqlite3").exists()


def _wait_for(url: str, server: subprocess.Popen, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stdout.read().decode(errors="replace")
            pytest.fail(f"the demo stopped with code {server.returncode}:\n{output}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the demo did not serve {url} within {seconds} s")
