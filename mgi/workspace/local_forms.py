"""The forms of the local place picker: search the gazetteer, then pick and start."""

from django import forms
from django.utils.translation import gettext_lazy as _

from mgi.frameworks.models import Framework
from mgi.workspace.forms import RoundYearField, preferred_framework


class LocalPlaceSearchForm(forms.Form):
    country = forms.CharField(
        label=_("Country"),
        max_length=200,
        help_text=_("ISO 3166 code or name, for example CRI or Costa Rica."),
        error_messages={"required": _("Country: give an ISO 3166 code or a name.")},
    )
    q = forms.CharField(
        label=_("Name of the city, municipality, district, province or state"),
        max_length=200,
        help_text=_("A part of the name is enough, for example “Coto” or “Nuevo León”."),
        error_messages={"required": _("Name: type a part of the place's name.")},
    )


class LocalAssessmentForm(forms.Form):
    """The choices of `candidate` are the places the search found."""

    candidate = forms.ChoiceField(
        label=_("Place"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Place: choose one of the places found."),
            "invalid_choice": _("Place: “%(value)s” is not one of the places found."),
        },
    )
    framework = forms.ModelChoiceField(
        label=_("Framework"),
        queryset=Framework.objects.exclude(kind=Framework.Kind.SDG),
        error_messages={
            "required": _("Framework: choose the framework of the assessment."),
            "invalid_choice": _("Framework: “%(value)s” is not one of the frameworks."),
        },
    )
    round_year = RoundYearField(
        label=_("Round (year)"),
        min_value=2015,
        max_value=2100,
        error_messages={"required": _("Round (year): give the year of the round.")},
    )

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidate"].choices = [(c.key, c) for c in candidates]
        queryset = self.fields["framework"].queryset
        local = [f for f in queryset if f.kind == Framework.Kind.LOCAL]
        preferred = (
            max(local, key=lambda f: f.loaded_at) if local else preferred_framework(queryset)
        )
        if preferred is not None and "framework" not in self.initial:
            self.initial["framework"] = preferred.pk
