"""Every way of signing in shares one throttle, keyed on the name as Django compares it; the
owner of an account cannot be locked out of it by strangers; password mail and checks are
throttled too."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from mgi.operations.models import FailedSignIn
from mgi.operations.password_reset_limits import MAX_PER_ACCOUNT, MAX_PER_ADDRESS
from mgi.operations.sign_in_throttle import MAX_FAILURES

PASSWORD = "admin-long-password"
LOGIN, ADMIN_LOGIN = "/accounts/login/", "/admin/login/"


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)


def sign_in(client, username, password, address="10.0.0.1", path=LOGIN):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_after_the_sign_in_page_refuses_an_account_the_admin_sign_in_refuses_it_too(
    client, admin_user
):
    for attempt in range(MAX_FAILURES):
        sign_in(client, "admin", f"guess-{attempt}")
    assert sign_in(client, "admin", "guess").status_code == 429

    sign_in(client, "admin", PASSWORD, path=ADMIN_LOGIN)

    assert not signed_in(client)


def test_wrong_passwords_at_the_admin_sign_in_count_against_the_account(client, admin_user):
    for attempt in range(MAX_FAILURES):
        sign_in(client, "admin", f"guess-{attempt}", path=ADMIN_LOGIN)

    assert FailedSignIn.objects.filter(username="admin").count() == MAX_FAILURES
    assert sign_in(client, "admin", PASSWORD).status_code == 429
    assert not signed_in(client)


def test_look_alike_spellings_of_a_name_count_as_the_name_itself(client, admin_user):
    for spelling in ["ａdmin", "𝐚dmin", "admｉn", "ADMIN", "Admin"]:
        sign_in(client, spelling, "guess")

    assert FailedSignIn.objects.filter(username="admin").count() == MAX_FAILURES
    assert sign_in(client, "admｉn", PASSWORD).status_code == 429
    sign_in(client, "admｉn", PASSWORD, path=ADMIN_LOGIN)
    assert not signed_in(client)


def test_guesses_from_elsewhere_do_not_lock_the_owner_out_of_a_browser_they_used_before(
    client, admin_user
):
    assert sign_in(client, "admin", PASSWORD, address="192.0.2.1").status_code == 302
    client.post("/accounts/logout/")  # signing out leaves the browser's other cookies
    assert not signed_in(client)
    attacker = client.__class__()
    for attempt in range(MAX_FAILURES * 2):
        sign_in(attacker, "admin", f"guess-{attempt}", address=f"198.51.100.{attempt}")

    assert sign_in(attacker, "admin", PASSWORD, address="198.51.100.99").status_code == 429
    assert sign_in(client, "admin", PASSWORD, address="192.0.2.1").status_code == 302


def test_a_completed_password_reset_lifts_the_lock_on_the_account(client, admin_user):
    for attempt in range(MAX_FAILURES):
        sign_in(client, "admin", f"guess-{attempt}", address=f"198.51.100.{attempt}")
    assert sign_in(client, "admin", PASSWORD, address="192.0.2.1").status_code == 429

    uid = urlsafe_base64_encode(force_bytes(admin_user.pk))
    token = default_token_generator.make_token(admin_user)
    form = client.get(f"/accounts/reset/{uid}/{token}/", follow=True)
    new_password = "a-brand-new-long-password"
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done.status_code == 302
    elsewhere = client.__class__()

    assert sign_in(elsewhere, "admin", new_password, address="192.0.2.2").status_code == 302


def test_password_reset_mail_is_limited_per_address(client, admin_user):
    answers = [
        client.post("/accounts/password_reset/", {"email": "admin@example.org"}).status_code
        for _ in range(20)
    ]

    assert len(mail.outbox) <= MAX_PER_ACCOUNT
    assert answers[:MAX_PER_ADDRESS] == [302] * MAX_PER_ADDRESS
    assert answers[-1] == 429


def test_password_reset_mail_is_limited_per_account_whatever_the_address(client, admin_user):
    answers = [
        client.post(
            "/accounts/password_reset/", {"email": "Admin@example.org"}, REMOTE_ADDR=f"10.1.0.{i}"
        ).status_code
        for i in range(20)
    ]

    assert answers == [302] * 20  # the page never tells whether the account exists
    assert len(mail.outbox) == MAX_PER_ACCOUNT


def test_wrong_current_passwords_on_the_change_form_are_throttled(client, admin_user):
    client.force_login(admin_user)
    for attempt in range(MAX_FAILURES):
        client.post(
            "/accounts/password_change/",
            {
                "old_password": f"guess-{attempt}",
                "new_password1": "another-long-password",
                "new_password2": "another-long-password",
            },
        )

    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-password",
            "new_password2": "another-long-password",
        },
    )

    assert response.status_code == 429
    admin_user.refresh_from_db()
    assert admin_user.check_password(PASSWORD)
