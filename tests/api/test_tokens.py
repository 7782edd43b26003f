"""Personal API tokens: made and revoked in the workspace, shown once, stored only as a hash."""

import re

from mgi.api.models import ApiToken
from mgi.api.tokens import hash_token
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
