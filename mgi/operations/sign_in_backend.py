"""Every sign-in path (the sign-in page, the admin's, any later one) goes through Django's
`authenticate`, so the throttle sits there: this backend refuses to try a password while the
throttle holds, and the failure signal counts every wrong one."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from mgi.operations.sign_in_throttle import (
    client_address,
    forget_failures,
    record_failure,
    request_wait,
)

# Set on a request whose sign-in the throttle refused: that refusal is no new failure.
REFUSED_ATTRIBUTE = "mgi_sign_in_refused"


class ThrottledModelBackend(ModelBackend):
    """Django's model backend, which does not look at the password while sign-in is refused."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if request is not None and username is not None and request_wait(request, username):
            setattr(request, REFUSED_ATTRIBUTE, True)
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


@receiver(user_login_failed, dispatch_uid="mgi-count-failed-sign-in")
def count_failed_sign_in(sender, credentials, request=None, **kwargs):
    if request is None or getattr(request, REFUSED_ATTRIBUTE, False):
        return
    username = credentials.get(get_user_model().USERNAME_FIELD, credentials.get("username"))
    record_failure(str(username or ""), client_address(request))


@receiver(user_logged_in, dispatch_uid="mgi-forget-failed-sign-ins")
def forget_failed_sign_ins(sender, request, user, **kwargs):
    if request is not None:
        forget_failures(user.get_username(), client_address(request))
