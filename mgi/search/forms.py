"""The search form: a query and optional filters, all read from the URL (GET, no JavaScript)."""

from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from mgi.api.visibility import newest_published
from mgi.frameworks.models import Domain, Framework
from mgi.lib.i18n_text import pick
from mgi.places.models import Place
from mgi.search.query import SearchFilters


def _choices(everything: str, pairs) -> list[tuple[str, str]]:
    return [("", everything), *pairs]


class PlainSelect(forms.Select):
    """A select whose options are written directly, not each through a template: the list of
    places has an option per published place, and the templates took most of the page's time."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = "" if value is None else str(value)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (key, mark_safe(" selected") if str(key) == chosen else "", label)
                for key, label in self.choices
            ),
        )
        attributes = flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name}))
        return format_html("<select{}>{}</select>", attributes, options)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, max_length=200)
    domain = forms.ChoiceField(label=_("Domain"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False, widget=PlainSelect)
    place_kind = forms.ChoiceField(label=_("Kind of place"), required=False)
    round = forms.TypedChoiceField(label=_("Round"), required=False, coerce=int, empty_value=None)
    framework = forms.ChoiceField(label=_("Framework"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Choices come from published assessments only, so a filter never names a draft's place.
        # Plain rows, not model instances: there is one per published profile of the portal.
        published = list(
            newest_published().values_list(
                "place__code", "place__name", "framework_id", "round_year"
            )
        )
        places = {code: name for code, name, _framework, _round in published}
        framework_ids = {framework for _code, _name, framework, _round in published}
        frameworks = {f.code: f for f in Framework.objects.filter(pk__in=framework_ids)}
        rounds = sorted({year for *_rest, year in published}, reverse=True)
        domains = {
            d.slug: pick(d.name)
            for d in Domain.objects.filter(framework_id__in=framework_ids).order_by("number")
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
