import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Role, Source
from mgi.frameworks.models import Framework
from mgi.workspace.models import MailPreference


class WebAddressField(forms.URLField):
    """A web address whose refusal repeats what was typed (Django's own message repeats nothing)."""

    # Only web addresses: a "javascript:" or "data:" link must never reach a page.
    default_validators = [URLValidator(schemes=["http", "https"])]

    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError:
            raise ValidationError(
                _("Web address: “%(value)s” is not a valid web address."),
                code="invalid",
                params={"value": (value or "").strip()},
            ) from None


class DateAsTypedField(forms.DateField):
    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError as error:
            if error.code == "required":
                raise
            raise ValidationError(
                _("Date: “%(value)s” is not a date; write it as YYYY-MM-DD (2017-01-06)."),
                code="invalid",
                params={"value": (value or "").strip()},
            ) from None


class RoundYearField(forms.IntegerField):
    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError as error:
            if error.code == "required":
                raise
            raise ValidationError(
                _("Round (year): “%(value)s” is not a year from %(first)s to %(last)s."),
                code="invalid",
                params={
                    "value": str(value).strip(),
                    "first": self.min_value,
                    "last": self.max_value,
                },
            ) from None


def _version_key(version: str) -> tuple:
    """'1.10' is newer than '1.9': compare the numbers in a version, then its text."""
    return tuple(int(n) for n in re.findall(r"\d+", version)), version


def preferred_framework(frameworks) -> Framework | None:
    """The framework a new assessment most likely uses: the only one, or the newest national."""
    frameworks = list(frameworks)
    if len(frameworks) == 1:
        return frameworks[0]
    national = [f for f in frameworks if f.kind == Framework.Kind.NATIONAL]
    if not national:
        return None
    newest = max(national, key=lambda f: _version_key(f.version))
    # Two national frameworks of different codes: nothing says which one this country uses.
    return newest if len({f.code for f in national}) == 1 else None


class AssessmentCreateForm(forms.Form):
    place = forms.CharField(
        label=_("Country"),
        max_length=200,
        help_text=_("ISO 3166 code or name, for example PER or Peru."),
        error_messages={"required": _("Country: give an ISO 3166 code or a name.")},
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["framework"]
        preferred = preferred_framework(field.queryset)
        if preferred is not None and "framework" not in self.initial:
            self.initial["framework"] = preferred.pk
        if preferred is not None and len(field.queryset) == 1:
            field.empty_label = None


class MemberForm(forms.Form):
    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        error_messages={"required": _("User name: give the user name of the person to add.")},
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Role.choices,
        error_messages={"invalid_choice": _("Role: “%(value)s” is not a role.")},
    )


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
    option = forms.ChoiceField(
        label=_("Answer"),
        widget=forms.RadioSelect,
        required=False,
        error_messages={
            "invalid_choice": _("Answer: “%(value)s” is not an option of this indicator.")
        },
    )
    justification = forms.CharField(
        label=_("Justification"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown: **bold**, *italic*, lists and [links](https://example.org)."),
        error_messages={
            "max_length": _(
                "Justification: at most %(limit_value)d characters (this one has %(show_value)d)."
            )
        },
    )
    sources = forms.TypedMultipleChoiceField(
        label=_("Sources"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Sources: “%(value)s” is not a source of this assessment.")
        },
    )

    def __init__(self, *args, options=(), sources=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].choices = [("", _("Not answered yet"))] + list(options)
        self.fields["sources"].choices = list(sources)


class SourceForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(
        label=_("Title"),
        max_length=500,
        error_messages={"required": _("Title: a source needs a title.")},
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=Source.Kind.choices,
        error_messages={"invalid_choice": _("Kind: “%(value)s” is not a kind of source.")},
    )
    citation = forms.CharField(
        label=_("Citation"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    url = WebAddressField(
        label=_("Web address"), required=False, assume_scheme="https", max_length=1000
    )
    date = DateAsTypedField(label=_("Date (YYYY-MM-DD)"), required=False)


class NewSourceForm(SourceForm):
    """The answer page's optional new source: added only when its title is filled in."""

    # Browsers must not insist on a title: most answers are saved without a new source.
    use_required_attribute = False
    OTHER_FIELDS = ("citation", "url", "date")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "new-source")
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["kind"].required = False

    def _typed(self, name: str) -> str:
        return (self.data.get(self.add_prefix(name)) or "").strip()

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("title") or "").strip():
            filled = [self.fields[n].label for n in self.OTHER_FIELDS if self._typed(n)]
            if filled:
                self.add_error(
                    "title",
                    _(
                        "Title: the new source has no title. Give it one, or clear its other "
                        "fields (%(fields)s) to save the answer without a new source."
                    )
                    % {"fields": ", ".join(str(f) for f in filled)},
                )
        elif not cleaned.get("kind") and "kind" not in self.errors:
            self.add_error("kind", _("Kind: choose the kind of the new source."))
        return cleaned

    @property
    def adds_a_source(self) -> bool:
        return bool((self.cleaned_data.get("title") or "").strip())


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 3})
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class FindingForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text = forms.CharField(
        label=_("Finding"),
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Finding: write the text of the finding."),
            "max_length": _(
                "Finding: at most %(limit_value)d characters (this one has %(show_value)d)."
            ),
        },
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
        error_messages={"invalid_choice": _("Kind: “%(value)s” is not a kind of finding.")},
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


class MailPreferenceForm(forms.Form):
    delivery = forms.ChoiceField(
        label=_("Mail about comments and phases"),
        choices=MailPreference.Delivery.choices,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(label=_("Language of the mail"), choices=settings.LANGUAGES)


class QuestionnaireFilterForm(forms.Form):
    show = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("all", _("All indicators")),
            ("unanswered", _("Unanswered only")),
            ("commented", _("With open comments")),
        ],
    )


class CompetencesForm(forms.Form):
    """The competences a local authority holds; the choices are its framework's, by name."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    held = forms.MultipleChoiceField(
        label=_("Competences held by the local authority"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Tick the policy areas the local authority decides or runs itself. Indicators that "
            "depend on an area left unticked can be answered “outside local competence”."
        ),
        error_messages={
            "invalid_choice": _(
                "Competences held: “%(value)s” is not a competence of this framework."
            )
        },
    )

    def __init__(self, *args, competences=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["held"].choices = list(competences)
