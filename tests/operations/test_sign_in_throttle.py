import datetime

import pytest
from django.utils import timezone

from mgi.operations.models import FailedSignIn
from mgi.operations.sign_in_throttle import MAX_FAILURES, WINDOW
from tests.workspace.conftest import PASSWORD, make_user

LOGIN = "/accounts/login/"


@pytest.fixture
def researcher(db):
    return make_user("researcher")


def sign_in(client, username, password, address="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_a_wrong_password_is_simply_refused_at_first(client, researcher):
    response = sign_in(client, "researcher", "wrong")

    assert response.status_code == 200
    assert FailedSignIn.objects.filter(username="researcher").count() == 1


def test_after_five_failures_for_a_user_even_the_right_password_gets_429(client, researcher):
    for attempt in range(MAX_FAILURES):
        sign_in(client, "researcher", f"guess-{attempt}", address=f"10.0.0.{attempt}")

    response = sign_in(client, "Researcher ", PASSWORD, address="10.9.9.9")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_after_five_failures_from_one_address_other_users_are_refused_from_it(client, researcher):
    for attempt in range(MAX_FAILURES):
        sign_in(client, f"someone-{attempt}", "guess", address="192.0.2.7")

    assert sign_in(client, "researcher", PASSWORD, address="192.0.2.7").status_code == 429
    assert sign_in(client, "researcher", PASSWORD, address="192.0.2.8").status_code == 302


def test_the_refusal_ends_when_the_failures_leave_the_window(client, researcher):
    for attempt in range(MAX_FAILURES):
        sign_in(client, "researcher", f"guess-{attempt}")
    FailedSignIn.objects.update(at=timezone.now() - WINDOW - datetime.timedelta(seconds=1))

    assert sign_in(client, "researcher", PASSWORD).status_code == 302


def test_a_successful_sign_in_forgets_the_users_earlier_mistakes(client, researcher):
    for attempt in range(MAX_FAILURES - 1):
        sign_in(client, "researcher", f"typo-{attempt}")

    assert sign_in(client, "researcher", PASSWORD).status_code == 302
    assert not FailedSignIn.objects.filter(username="researcher").exists()


def test_behind_a_proxy_the_address_it_saw_is_counted(client, researcher, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"

    client.post(
        LOGIN,
        {"username": "researcher", "password": "wrong"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.4",
    )

    assert FailedSignIn.objects.get().address == "198.51.100.4"
