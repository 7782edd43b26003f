"""The search form: a query and optional filters, all read from the URL (GET, no JavaScript)."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from mgi.places.models import Place
from mgi.search.choices import search_choices
from mgi.search.query import SearchFilters


def _choices(everything: str, pairs) -> list[tuple[str, str]]:
    return [("", everything), *pairs]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, max_length=200)
    domain = forms.ChoiceField(label=_("Domain"), required=False)
    # Checked against the published places in clean_place, not as a ChoiceField: Django would
    # copy and check the whole list of choices on every search.
    place = forms.CharField(label=_("Place"), required=False, widget=forms.Select)
    place_kind = forms.ChoiceField(label=_("Kind of place"), required=False)
    round = forms.TypedChoiceField(label=_("Round"), required=False, coerce=int, empty_value=None)
    framework = forms.ChoiceField(label=_("Framework"), required=False)
    # The page's language unless asked for all: a reader rarely wants the same finding thrice.
    all_languages = forms.BooleanField(label=_("Search in every language"), required=False)
    # Kept for links that name one language; the form itself offers the switch above.
    language = forms.ChoiceField(label=_("Language"), required=False, widget=forms.HiddenInput)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Choices come from published assessments only, so a filter never names a draft's place.
        choices = search_choices()
        self.fields["domain"].choices = _choices(_("All domains"), choices.domains)
        self.place_codes = choices.place_codes
        self.fields["place"].widget.choices = _choices(_("All places"), choices.places)
        self.fields["place_kind"].choices = _choices(_("Countries and cities"), Place.Kind.choices)
        self.fields["round"].choices = _choices(
            _("All rounds"), [(year, year) for year in choices.rounds]
        )
        self.fields["framework"].choices = _choices(_("All frameworks"), choices.frameworks)
        self.fields["language"].choices = _choices(_("All languages"), settings.LANGUAGES)

    def clean_place(self) -> str:
        code = self.cleaned_data["place"]
        if code and code not in self.place_codes:
            raise forms.ValidationError(
                _("%(value)s is not a place with a published profile."),
                code="invalid_choice",
                params={"value": code},
            )
        return code

    def filters(self) -> SearchFilters:
        """The filters asked for; the language is the page's unless another or all are asked."""
        data = self.cleaned_data
        language = data["language"]
        if not language and not data["all_languages"]:
            language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        return SearchFilters(
            q=data["q"].strip(),
            domain=data["domain"],
            place=data["place"],
            place_kind=data["place_kind"],
            round=data["round"],
            framework=data["framework"],
            language=language,
            all_languages=data["all_languages"],
        )
