"""Who is calling: anyone without a token, or the owner of a personal token (Bearer)."""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import HttpBearer

from mgi.api.tokens import user_for_token


class PersonalToken(HttpBearer):
    """Optional: no Authorization header reads as the public; a bad token is refused (401)."""

    openapi_description = (
        "A personal token from the workspace (Workspace → API tokens), sent as "
        "`Authorization: Bearer <token>`. Without it the API shows published data only."
    )

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        if not header:
            return AnonymousUser()
        scheme, _space, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationError(
                message=_("Send the token as 'Authorization: Bearer <token>'.")
            )
        return self.authenticate(request, token.strip())

    def authenticate(self, request, token):
        user = user_for_token(token)
        if user is None:
            raise AuthenticationError(
                message=_(
                    "This API token is unknown, has expired, or has been revoked "
                    "(a new password revokes the tokens made before it)."
                )
            )
        if user.is_authenticated and not user.is_active:
            raise AuthorizationError(message=_("The account this API token belongs to is closed."))
        return user
