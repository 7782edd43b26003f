from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Role, Source
from mgi.frameworks.models import Framework


class AssessmentCreateForm(forms.Form):
    place = forms.CharField(
        label=_("Country"),
        max_length=200,
        help_text=_("ISO 3166 code or name, for example PER or Peru."),
    )
    framework = forms.ModelChoiceField(
        label=_("Framework"), queryset=Framework.objects.exclude(kind=Framework.Kind.SDG)
    )
    round_year = forms.IntegerField(label=_("Round (year)"), min_value=2015, max_value=2100)


class MemberForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class TransitionForm(forms.Form):
    target = forms.CharField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    # The digest of the content the confirmation page showed; an approval checks it.
    digest = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, backward=False, **kwargs):
        super().__init__(*args, **kwargs)
        if backward:
            # The service refuses an empty reason too; the form says so first, on the field.
            self.fields["note"].label = _("Reason for the return (required)")
            self.fields["note"].required = True
            self.fields["note"].error_messages["required"] = _(
                "Reason for the return: say why the assessment goes back, for the team to read."
            )


class CorrectionForm(forms.Form):
    note = forms.CharField(
        label=_("What does the correction change?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    option = forms.ChoiceField(label=_("Answer"), widget=forms.RadioSelect, required=False)
    justification = forms.CharField(
        label=_("Justification"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown: **bold**, *italic*, lists and [links](https://example.org)."),
    )
    sources = forms.TypedMultipleChoiceField(
        label=_("Sources"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, options=(), sources=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].choices = [("", _("Not answered yet"))] + list(options)
        self.fields["sources"].choices = list(sources)


class SourceForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Title"), max_length=500)
    kind = forms.ChoiceField(label=_("Kind"), choices=Source.Kind.choices)
    citation = forms.CharField(
        label=_("Citation"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    url = forms.URLField(
        label=_("Web address"), required=False, assume_scheme="https", max_length=1000
    )
    date = forms.DateField(label=_("Date (YYYY-MM-DD)"), required=False)


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 3})
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class FindingForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text = forms.CharField(
        label=_("Finding"), max_length=2_000, widget=forms.Textarea(attrs={"rows": 3})
    )
    indicators = forms.CharField(
        label=_("Indicators it rests on"),
        required=False,
        help_text=_("Codes separated by commas, for example 1.2.1, 1.2.2"),
    )

    def indicator_codes(self) -> list[str]:
        raw = self.cleaned_data.get("indicators", "")
        return [code.strip() for code in raw.replace(";", ",").split(",") if code.strip()]


class NewFindingForm(FindingForm):
    domain = forms.IntegerField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[
            ("well_developed", _("Example of a well-developed area")),
            ("potential", _("Area with potential for further development")),
        ],
    )


def language_field_name(name: str, language: str) -> str:
    """English keeps the plain field name ("title"); other languages add theirs ("title_es")."""
    return name if language == "en" else f"{name}_{language}"


class ProfileTextForm(forms.Form):
    """The profile's title and introduction in every language of the platform, side by side."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, name in settings.LANGUAGES:
            self.fields[language_field_name("title", code)] = forms.CharField(
                label=_("Title in %(language)s") % {"language": name},
                max_length=300,
                required=code == "en",
                widget=forms.TextInput(attrs={"lang": code}),
            )
            self.fields[language_field_name("introduction", code)] = forms.CharField(
                label=_("Introduction in %(language)s") % {"language": name},
                required=False,
                max_length=20_000,
                widget=forms.Textarea(attrs={"rows": 8, "lang": code}),
            )

    def languages(self) -> list[dict]:
        """Per language: its code, name and bound title and introduction fields."""
        return [
            {
                "code": code,
                "name": name,
                "title": self[language_field_name("title", code)],
                "introduction": self[language_field_name("introduction", code)],
            }
            for code, name in settings.LANGUAGES
        ]

    def texts(self, name: str) -> dict[str, str]:
        return {
            code: self.cleaned_data.get(language_field_name(name, code), "")
            for code, _name in settings.LANGUAGES
        }


class FindingTextsForm(FindingForm):
    """A finding's text in every language side by side, and the indicators it rests on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Finding in English")
        self.fields["text"].widget.attrs["lang"] = "en"
        for code, name in settings.LANGUAGES:
            if code != "en":
                self.fields[language_field_name("text", code)] = forms.CharField(
                    label=_("Finding in %(language)s") % {"language": name},
                    required=False,
                    max_length=2_000,
                    widget=forms.Textarea(attrs={"rows": 3, "lang": code}),
                )
        # The indicators come after the texts.
        self.order_fields(["version", "text"])
        self.fields["indicators"] = self.fields.pop("indicators")

    def language_fields(self) -> list:
        return [self[language_field_name("text", code)] for code, _name in settings.LANGUAGES]

    def translations(self) -> dict[str, str]:
        return {
            code: self.cleaned_data.get(language_field_name("text", code), "")
            for code, _name in settings.LANGUAGES
            if code != "en"
        }
