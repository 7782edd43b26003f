"""The search form: a query and optional filters, all read from the URL (GET, no JavaScript)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from mgi.api.visibility import newest_published
from mgi.frameworks.models import Domain
from mgi.lib.i18n_text import pick
from mgi.places.models import Place
from mgi.search.query import SearchFilters


def _choices(everything: str, pairs) -> list[tuple[str, str]]:
    return [("", everything), *pairs]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, max_length=200)
    domain = forms.ChoiceField(label=_("Domain"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    place_kind = forms.ChoiceField(label=_("Kind of place"), required=False)
    round = forms.TypedChoiceField(label=_("Round"), required=False, coerce=int, empty_value=None)
    framework = forms.ChoiceField(label=_("Framework"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Choices come from published assessments only, so a filter never names a draft's place.
        published = newest_published().select_related("place", "framework")
        places = {a.place.code: a.place.name for a in published}
        frameworks = {a.framework.code: a.framework for a in published}
        rounds = sorted({a.round_year for a in published}, reverse=True)
        domains = {
            d.slug: pick(d.name)
            for d in Domain.objects.filter(framework__in=frameworks.values()).order_by("number")
        }
        self.fields["domain"].choices = _choices(_("All domains"), domains.items())
        self.fields["place"].choices = _choices(
            _("All places"), sorted(places.items(), key=lambda item: item[1])
        )
        self.fields["place_kind"].choices = _choices(_("Countries and cities"), Place.Kind.choices)
        self.fields["round"].choices = _choices(_("All rounds"), [(r, r) for r in rounds])
        self.fields["framework"].choices = _choices(
            _("All frameworks"), [(code, f.display_title) for code, f in frameworks.items()]
        )
        self.fields["language"].choices = _choices(_("All languages"), settings.LANGUAGES)

    def filters(self) -> SearchFilters:
        data = self.cleaned_data
        return SearchFilters(
            q=data["q"].strip(),
            domain=data["domain"],
            place=data["place"],
            place_kind=data["place_kind"],
            round=data["round"],
            framework=data["framework"],
            language=data["language"],
        )
