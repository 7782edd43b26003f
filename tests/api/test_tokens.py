"""Personal API tokens: made and revoked in the workspace, shown once, stored only as a hash."""

import re
from datetime import timedelta

from django.utils import timezone

from mgi.api.models import ApiToken
from mgi.api.tokens import create_token, hash_token
from mgi.assessments.models import AuditRecord
from tests.workspace.conftest import PASSWORD

TOKENS = "/workspace/tokens/"


def _signed_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def _new_token(response) -> str:
    return re.search(r'id="new-token"[^>]*value="([^"]+)"', response.content.decode())[1]


def test_the_tokens_page_needs_a_signed_in_user(client, db):
    response = client.get(TOKENS)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_new_token_is_shown_once_and_only_its_hash_is_stored(client, cast):
    _signed_in(client, cast["researcher"])

    created = client.post(TOKENS, {"name": "analysis scripts"})
    token = _new_token(created)
    listed = client.get(TOKENS)

    assert created.status_code == 201
    assert created["Cache-Control"] == "no-store"
    stored = ApiToken.objects.get(user=cast["researcher"])
    assert stored.token_hash == hash_token(token)
    assert token not in {stored.token_hash, stored.prefix, stored.name}
    assert token not in listed.content.decode()
    assert "analysis scripts" in listed.content.decode()
    assert AuditRecord.objects.filter(action="create_api_token", actor=cast["researcher"]).exists()


def test_a_token_works_until_it_is_revoked(client, cast, draft):
    _signed_in(client, cast["researcher"])
    token = _new_token(client.post(TOKENS, {"name": "laptop"}))
    api_token = ApiToken.objects.get(user=cast["researcher"])
    header = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    before = client.get(f"/api/v1/assessments/{draft.pk}", **header)
    revoked = client.post(f"{TOKENS}{api_token.pk}/revoke/")
    after = client.get(f"/api/v1/assessments/{draft.pk}", **header)

    assert before.status_code == 200
    assert revoked.status_code == 302
    assert after.status_code == 401
    api_token.refresh_from_db()
    assert api_token.revoked_at is not None
    assert api_token.last_used_at is not None


def test_nobody_revokes_someone_else_s_token(client, cast):
    _signed_in(client, cast["researcher"])
    client.post(TOKENS, {"name": "mine"})
    api_token = ApiToken.objects.get(user=cast["researcher"])
    client.logout()
    _signed_in(client, cast["outsider"])

    response = client.post(f"{TOKENS}{api_token.pk}/revoke/")

    assert response.status_code == 404
    api_token.refresh_from_db()
    assert api_token.revoked_at is None


def test_a_token_needs_a_name(client, cast):
    _signed_in(client, cast["researcher"])

    response = client.post(TOKENS, {"name": ""})

    assert response.status_code == 400
    assert not ApiToken.objects.exists()


def test_the_dashboard_links_to_the_tokens_page(client, cast):
    _signed_in(client, cast["researcher"])

    assert f'href="{TOKENS}"' in client.get("/workspace/").content.decode()


def test_a_new_token_reads_drafts_and_expires_after_ninety_days_unless_told_otherwise(client, cast):
    _signed_in(client, cast["researcher"])

    form = client.get(TOKENS).content.decode()
    client.post(TOKENS, {"name": "laptop", "scope": "read", "days": "90"})
    client.post(TOKENS, {"name": "dashboard", "scope": "read_published", "days": "30"})

    assert re.search(r'value="read"[^>]*checked|checked[^>]*value="read"', form)
    assert re.search(r'<option value="90" selected>', form)
    laptop = ApiToken.objects.get(name="laptop")
    dashboard = ApiToken.objects.get(name="dashboard")
    assert laptop.scope == "read" and dashboard.scope == "read_published"
    assert 89 < (laptop.expires_at - laptop.created_at).total_seconds() / 86400 <= 90
    assert 29 < (dashboard.expires_at - dashboard.created_at).total_seconds() / 86400 <= 30


def test_a_token_cannot_live_for_a_lifetime_not_offered(client, cast):
    _signed_in(client, cast["researcher"])

    response = client.post(TOKENS, {"name": "forever", "scope": "read", "days": "36500"})

    assert response.status_code == 400
    assert not ApiToken.objects.exists()


def test_an_expired_token_is_refused(client, cast, draft):
    _api_token, token = create_token(cast["researcher"], "old")
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    response = client.get(f"/api/v1/assessments/{draft.pk}", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert response.status_code == 401
    assert "expired" in response.json()["detail"]


def test_a_published_only_token_reads_like_the_public(client, cast, draft):
    _api_token, token = create_token(cast["researcher"], "public", scope="read_published")
    header = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    own_draft = client.get(f"/api/v1/assessments/{draft.pk}", **header)
    listing = client.get("/api/v1/assessments", **header)

    assert own_draft.status_code == 404
    assert listing.status_code == 200
    assert draft.pk not in [item["id"] for item in listing.json()["items"]]


def test_a_new_password_revokes_the_tokens_made_before_it(client, cast, draft):
    researcher = cast["researcher"]
    _api_token, token = create_token(researcher, "laptop")
    header = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    before = client.get(f"/api/v1/assessments/{draft.pk}", **header)

    researcher.set_password("a whole new passphrase")
    researcher.save()
    after = client.get(f"/api/v1/assessments/{draft.pk}", **header)
    _later_token, later = create_token(researcher, "made after")

    assert before.status_code == 200
    assert after.status_code == 401
    stored = ApiToken.objects.get(name="laptop")
    assert stored.revoked_at is not None
    assert AuditRecord.objects.filter(
        action="revoke_api_token", object_id=str(stored.pk), via="password change"
    ).exists()
    assert (
        client.get(f"/api/v1/assessments/{draft.pk}", HTTP_AUTHORIZATION=f"Bearer {later}")
    ).status_code == 200


def test_a_password_reset_through_the_pages_revokes_the_tokens(client, cast, mailoutbox):
    researcher = cast["researcher"]
    researcher.email = "researcher@example.org"
    researcher.save()
    _api_token, token = create_token(researcher, "laptop")

    client.post("/accounts/password_reset/", {"email": "researcher@example.org"})
    link = re.search(r"https?://[^\s]+/reset/[^\s]+/", mailoutbox[0].body)[0]
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Zebra-lantern-93", "new_password2": "Zebra-lantern-93"},
    )

    response = client.get("/api/v1/assessments", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 401
