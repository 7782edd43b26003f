"""Every error is JSON with a message that says what went wrong."""

import pytest


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/assessments/999999", 404),
        ("/api/v1/profiles/zzz/2019", 404),
        ("/api/v1/frameworks/unknown", 404),
        ("/api/v1/no-such-thing", 404),
        ("/api/v1/answers?round=nineteen", 422),
        ("/api/v1/findings?page=0", 422),
        ("/api/v1/search", 422),
    ],
)
def test_errors_are_json_with_a_detail(client, db, path, status):
    response = client.get(path)

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_a_validation_error_names_the_parameter(client, db):
    detail = client.get("/api/v1/answers?round=nineteen").json()["detail"]

    assert detail[0]["loc"] == ["query", "round"]


def test_writing_is_refused_in_json_with_the_allowed_methods(client, db):
    response = client.post("/api/v1/assessments")

    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert "GET" in response.json()["detail"]


def test_a_malformed_authorization_header_is_refused(client, db):
    response = client.get("/api/v1/assessments", HTTP_AUTHORIZATION="Token abc")

    assert response.status_code == 401
    assert response.json() == {"detail": "Send the token as 'Authorization: Bearer <token>'."}


def test_an_unknown_token_is_refused(client, db):
    response = client.get("/api/v1/assessments", HTTP_AUTHORIZATION="Bearer mgi_nope")

    assert response.status_code == 401
    assert response.json() == {
        "detail": "This API token is unknown, has expired, or has been revoked "
        "(a new password revokes the tokens made before it)."
    }


def test_the_token_of_a_closed_account_is_forbidden(token_client, cast):
    client = token_client("researcher")
    cast["researcher"].is_active = False
    cast["researcher"].save()

    response = client.get("/api/v1/assessments")

    assert response.status_code == 403
    assert response.json()["detail"]
