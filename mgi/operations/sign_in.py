"""The sign-in, password-reset and password-change pages, throttled (see sign_in_throttle)."""

from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import (
    LoginView,
    PasswordChangeView,
    PasswordResetConfirmView,
    PasswordResetView,
)
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.translation import ngettext

from mgi.operations.password_reset_limits import may_mail, record_reset_request
from mgi.operations.refusals import refusal
from mgi.operations.sign_in_throttle import (
    client_address,
    forget_all_failures,
    record_failure,
    remember_device,
    request_wait,
)


def _minutes(seconds: int) -> int:
    return max(1, (seconds + 59) // 60)


def refusal_text(wait: int) -> str:
    minutes = _minutes(wait)
    return ngettext(
        "Too many failed sign-ins for this account or from this address. "
        "Try again in %(minutes)d minute.",
        "Too many failed sign-ins for this account or from this address. "
        "Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


class RefusedSignInForm(AuthenticationForm):
    """Shows the refusal as the form's error without trying the password, which is refused."""

    refusal = ""

    def clean(self):
        raise ValidationError(self.refusal, code="throttled")


class ThrottledLoginView(LoginView):
    """Says how long to wait when refused; failures are counted by the authentication backend."""

    def post(self, request, *args, **kwargs):
        wait = request_wait(request, request.POST.get("username", ""))
        if wait:
            return self._refuse(wait)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        remember_device(self.request, response, form.get_user().get_username())
        return response

    def _refuse(self, wait: int):
        form = RefusedSignInForm(self.request, data=self.request.POST)
        form.refusal = refusal_text(wait)
        form.is_valid()
        response = self.render_to_response(self.get_context_data(form=form), status=429)
        response["Retry-After"] = str(wait)
        return response


class ThrottledPasswordResetView(PasswordResetView):
    """At most a few reset mails per hour for an address, and for an account."""

    def form_valid(self, form):
        email, address = form.cleaned_data["email"], client_address(self.request)
        verdict = may_mail(email, address)
        if verdict.address_wait:
            minutes = _minutes(verdict.address_wait)
            form.add_error(
                None,
                ngettext(
                    "Too many password-reset requests from this address. "
                    "Try again in %(minutes)d minute.",
                    "Too many password-reset requests from this address. "
                    "Try again in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes},
            )
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(verdict.address_wait)
            return response
        record_reset_request(email, address)
        if not verdict.account_may_be_mailed:
            # The same answer as for a sent mail: the page never tells whether an account exists.
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class ClearingPasswordResetConfirmView(PasswordResetConfirmView):
    """The owner proved they hold the mailbox: the guesses at their account stop counting, and
    this browser is remembered as theirs."""

    def form_valid(self, form):
        username = form.user.get_username()
        response = super().form_valid(form)
        forget_all_failures(username)
        remember_device(self.request, response, username)
        return response


class ThrottledPasswordChangeView(PasswordChangeView):
    """A wrong current password counts as a failed sign-in: a left-open session is no way
    around the throttle."""

    def post(self, request, *args, **kwargs):
        wait = request_wait(request, request.user.get_username())
        if wait:
            response = refusal(429, refusal_text(wait))
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        if form.has_error("old_password", "password_incorrect"):
            record_failure(self.request.user.get_username(), client_address(self.request))
        return super().form_invalid(form)
