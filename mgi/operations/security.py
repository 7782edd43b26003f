"""Headers every response carries: a strict Content-Security-Policy and friends.

Applied in every mode, so the tests and the demo run under the same policy as production: a page
that needs an inline script breaks in development first. Style attributes are allowed because the
pages colour each domain with one (style="--domain-colour: ..."). No page is exempt: the API's
documentation is a plain page too.
"""

from django.conf import settings

DEFAULT_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def policy_header(policy: dict[str, str]) -> str:
    return "; ".join(f"{directive} {sources}" for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    """First in the middleware list, so that it also dresses the refusals of the ones after it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = policy_header(DEFAULT_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        if _is_signed_in_page(request):
            # Workspace pages hold drafts and a person's name: no cache may keep them.
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response


def _is_signed_in_page(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and ("workspace" in match.namespaces or "admin" in match.namespaces)
