"""The sign-in page, with password guessing throttled (see sign_in_throttle)."""

from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext

from mgi.operations.sign_in_throttle import (
    client_address,
    forget_failures,
    record_failure,
    seconds_until_allowed,
)


class RefusedSignInForm(AuthenticationForm):
    """Shows the refusal as the form's error without trying the password, which is refused."""

    refusal = ""

    def clean(self):
        raise ValidationError(self.refusal, code="throttled")


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        wait = seconds_until_allowed(request.POST.get("username", ""), client_address(request))
        if wait:
            return self._refuse(wait)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        forget_failures(form.get_user().get_username())
        return super().form_valid(form)

    def form_invalid(self, form):
        record_failure(self.request.POST.get("username", ""), client_address(self.request))
        return super().form_invalid(form)

    def _refuse(self, wait: int):
        minutes = max(1, (wait + 59) // 60)
        form = RefusedSignInForm(self.request, data=self.request.POST)
        form.refusal = ngettext(
            "Too many failed sign-ins for this account or from this address. "
            "Try again in %(minutes)d minute.",
            "Too many failed sign-ins for this account or from this address. "
            "Try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
        form.is_valid()
        response = self.render_to_response(self.get_context_data(form=form), status=429)
        response["Retry-After"] = str(wait)
        return response
