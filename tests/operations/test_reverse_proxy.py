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


def test_nginx_answers_a_second_anonymous_reader_of_a_profile_from_its_store(proxy, published_peru):
    _, url = proxy

    first = requests.get(f"{url}/profiles/per/2019/", timeout=30)
    second = requests.get(f"{url}/profiles/per/2019/", timeout=30)

    assert first.status_code == second.status_code == 200
    assert first.headers["X-Cache-Status"] == "MISS"
    assert second.headers["X-Cache-Status"] == "HIT"
    assert second.text == first.text


def test_nginx_keeps_nothing_of_a_signed_in_person_and_gives_them_nothing_kept(
    proxy, published_peru, client, django_user_model
):
    _, url = proxy
    django_user_model.objects.create_user("reader.signed.in", "", "a-long-password-1")
    client.login(username="reader.signed.in", password="a-long-password-1")
    session = {"sessionid": client.cookies["sessionid"].value}
    requests.get(f"{url}/profiles/per/2019/", timeout=30)  # now in the store

    signed_in = requests.get(f"{url}/profiles/per/2019/", cookies=session, timeout=30)
    anonymous = requests.get(f"{url}/profiles/per/2019/", timeout=30)

    assert signed_in.headers["X-Cache-Status"] == "BYPASS"
    assert "reader.signed.in" in signed_in.text
    assert anonymous.headers["X-Cache-Status"] == "HIT"
    assert "reader.signed.in" not in anonymous.text


def test_nginx_keeps_no_refusal_so_a_draft_is_asked_of_the_application_each_time(proxy, db):
    _, url = proxy

    answers = [requests.get(f"{url}/profiles/zzz/2030/", timeout=30) for _ in range(2)]

    assert [answer.status_code for answer in answers] == [404, 404]
    assert [answer.headers["X-Cache-Status"] for answer in answers] == ["MISS", "MISS"]
