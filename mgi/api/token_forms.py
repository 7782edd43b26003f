from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from mgi.api.models import ApiToken
from mgi.api.tokens import DEFAULT_LIFETIME, LIFETIMES


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. 'analysis scripts'; only you see it."),
    )
    scope = forms.ChoiceField(
        label=_("What it may read"),
        choices=ApiToken.Scope.choices,
        initial=ApiToken.Scope.DRAFTS,
        widget=forms.RadioSelect,
        required=False,
    )
    days = forms.TypedChoiceField(
        label=_("Expires after"), coerce=int, initial=DEFAULT_LIFETIME, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Labels made per request, so that they read in the page's language.
        self.fields["days"].choices = [
            (days, ngettext("%(count)d day", "%(count)d days", days) % {"count": days})
            for days in LIFETIMES
        ]

    def clean_scope(self):
        return self.cleaned_data["scope"] or ApiToken.Scope.DRAFTS

    def clean_days(self):
        return self.cleaned_data["days"] or DEFAULT_LIFETIME
