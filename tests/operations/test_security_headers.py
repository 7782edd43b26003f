import re
from pathlib import Path

import pytest

from mgi.operations.security import DEFAULT_POLICY

REPO = Path(__file__).resolve().parents[2]


def csp(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.mark.parametrize(
    "address", ["/", "/profiles/per/2019/", "/profiles/per/2019/profile.json", "/healthz"]
)
def test_every_response_carries_the_strict_policy_and_companion_headers(
    client, published_peru, address
):
    response = client.get(address)

    assert response.status_code == 200
    policy = csp(response)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert (policy["object-src"], policy["base-uri"]) == ("'none'", "'none'")
    assert (policy["frame-ancestors"], policy["form-action"]) == ("'none'", "'self'")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_the_sign_in_page_and_errors_carry_the_policy_too(client, db):
    assert "Content-Security-Policy" in client.get("/accounts/login/")
    assert "Content-Security-Policy" in client.get("/no-such-page/")


def test_no_template_has_an_inline_script_or_event_handler():
    """The policy allows scripts from files only: an inline one would silently not run."""
    offenders = []
    for template in (REPO / "mgi").rglob("templates/**/*.html"):
        html = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", html, flags=re.I):
            if "src=" not in tag and "application/json" not in tag:
                offenders.append(f"{template.relative_to(REPO)}: {tag}")
        if re.search(r"\son[a-z]+\s*=", html, flags=re.I) or "javascript:" in html:
            offenders.append(f"{template.relative_to(REPO)}: event handler or javascript: link")

    assert offenders == []


def test_inline_styles_are_allowed_because_the_domain_colours_use_style_attributes():
    assert "'unsafe-inline'" in DEFAULT_POLICY["style-src"]
    profile = (REPO / "mgi" / "portal" / "templates" / "portal" / "profile.html").read_text()
    assert 'style="--domain-colour:' in profile


def test_workspace_pages_are_never_stored_by_a_cache(client, cast, draft):
    client.force_login(cast["researcher"])

    response = client.get(f"/workspace/assessments/{draft.pk}/questionnaire/")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_a_request_refused_as_too_large_carries_every_security_header(client, db, settings):
    settings.MAX_REQUEST_BYTES = 100

    response = client.post("/accounts/login/", {"username": "x" * 200, "password": "y"})

    assert response.status_code == 413
    assert csp(response)["default-src"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert csp(response)["frame-ancestors"] == "'none'"
