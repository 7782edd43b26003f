"""The tables of the open-data downloads, in the order they are written."""

from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Answer, Assessment, Source
from mgi.exports import tables as t
from mgi.exports.tables import ASSESSMENT_KEY, FRAMEWORK_KEY, Field, ForeignKey, Table
from mgi.frameworks.models import Framework, Indicator, ScaleOption
from mgi.profiles.models import Finding
from mgi.results.models import PublishedSdgCategory

FRAMEWORK_FIELDS = (
    Field("framework", "string", _("Framework code")),
    Field("framework_version", "string", _("Framework version")),
)

TABLES: tuple[Table, ...] = (
    Table(
        name="frameworks",
        title=_("Frameworks"),
        description=_("Every framework version loaded: the question lists assessments answer."),
        fields=(
            Field("code", "string", _("Framework code")),
            Field("version", "string", _("Framework version")),
            Field("kind", "string", _("national, local or sdg")),
            *t.per_language("title", _("Title")),
        ),
        primary_key=("code", "version"),
        rows=t.framework_rows,
        count=t.count_of(Framework.objects.all),
    ),
    Table(
        name="indicators",
        title=_("Indicators"),
        description=_("Each framework's indicators with their domain, area, question and scale."),
        fields=(
            *FRAMEWORK_FIELDS,
            Field("code", "string", _("Indicator code, e.g. 2.3.1")),
            Field("domain_number", "integer", _("Domain number, 1 to 6")),
            Field("domain_slug", "string", _("Domain slug")),
            *t.per_language("domain_name", _("Domain name")),
            Field("area_number", "integer", _("Area number within the domain")),
            *t.per_language("area_name", _("Area name")),
            *t.per_language("question", _("Question")),
            Field("scale", "string", _("Answer scale code")),
            Field(
                "crosswalk", "string", _("Corresponding codes in other frameworks, ';'-separated")
            ),
        ),
        primary_key=("framework", "framework_version", "code"),
        foreign_keys=(FRAMEWORK_KEY,),
        rows=t.indicator_rows,
        count=t.count_of(Indicator.objects.all),
    ),
    Table(
        name="scale_options",
        title=_("Answer options"),
        description=_("The options of each answer scale and the value each one counts for."),
        fields=(
            *FRAMEWORK_FIELDS,
            Field("scale", "string", _("Answer scale code")),
            Field("option", "string", _("Option code")),
            *t.per_language("label", _("Label")),
            Field("value", "number", _("Value; empty for options that carry none")),
            Field("order", "integer", _("Position in the scale")),
        ),
        primary_key=("framework", "framework_version", "scale", "option"),
        foreign_keys=(FRAMEWORK_KEY,),
        rows=t.option_rows,
        count=t.count_of(ScaleOption.objects.all),
    ),
    Table(
        name="assessments",
        title=_("Published assessments"),
        description=_("The newest published revision of every round, with its profile page."),
        fields=(
            Field("assessment_id", "integer", _("Assessment id")),
            Field("place_code", "string", _("Place code (ISO 3166 alpha-3 for countries)")),
            Field("place_name", "string", _("Place name")),
            Field("place_kind", "string", _("country or local")),
            Field("parent_code", "string", _("Country of a local jurisdiction")),
            Field(
                "local_kind",
                "string",
                _("city, municipality, district, province or state; empty for a country"),
            ),
            Field("subdivision_code", "string", _("ISO 3166-2 code of a local jurisdiction")),
            Field("latitude", "number", _("Latitude of a local jurisdiction (WGS 84)")),
            Field("longitude", "number", _("Longitude of a local jurisdiction (WGS 84)")),
            Field("round", "integer", _("Round (year)")),
            Field("revision", "integer", _("Revision; above 1 after corrections")),
            Field("date", "string", _("Date the profile carries (YYYY-MM or YYYY)")),
            *FRAMEWORK_FIELDS,
            Field("published_at", "datetime", _("When it was published")),
            Field("profile_url", "string", _("Profile page, relative to the site")),
        ),
        primary_key=("assessment_id",),
        foreign_keys=(FRAMEWORK_KEY,),
        rows=t.assessment_rows,
        count=lambda: Assessment.objects.newest_revisions().count(),
    ),
    Table(
        name="answers",
        title=_("Answers"),
        description=_("Each indicator's answer in each published assessment, with its reasons."),
        fields=(
            Field("answer_id", "integer", _("Answer id")),
            Field("assessment_id", "integer", _("Assessment id")),
            Field("place_code", "string", _("Place code")),
            Field("round", "integer", _("Round (year)")),
            *FRAMEWORK_FIELDS,
            Field("indicator", "string", _("Indicator code")),
            Field("option", "string", _("Option code; empty if not answered")),
            Field("value", "number", _("The option's value")),
            Field("justification", "string", _("Justification (Markdown)")),
        ),
        primary_key=("answer_id",),
        foreign_keys=(
            ASSESSMENT_KEY,
            ForeignKey(
                ("framework", "framework_version", "indicator"),
                "indicators",
                ("framework", "framework_version", "code"),
            ),
        ),
        rows=t.answer_rows,
        count=lambda: Answer.objects.filter(assessment__in=t.published_ids()).count(),
    ),
    Table(
        name="sources",
        title=_("Sources"),
        description=_("Laws, policies, agreements, reports and websites the answers rest on."),
        fields=(
            Field("source_id", "integer", _("Source id")),
            Field("assessment_id", "integer", _("Assessment id")),
            Field("title", "string", _("Title")),
            Field("kind", "string", _("law, policy, agreement, report or website")),
            Field("citation", "string", _("Citation")),
            Field("url", "string", _("Address")),
            Field("date", "date", _("Date")),
        ),
        primary_key=("source_id",),
        foreign_keys=(ASSESSMENT_KEY,),
        rows=t.source_rows,
        count=lambda: Source.objects.filter(assessment__in=t.published_ids()).count(),
    ),
    Table(
        name="answer_sources",
        title=_("Sources of each answer"),
        description=_("Which sources each answer cites."),
        fields=(
            Field("answer_id", "integer", _("Answer id")),
            Field("source_id", "integer", _("Source id")),
        ),
        primary_key=("answer_id", "source_id"),
        foreign_keys=(
            ForeignKey(("answer_id",), "answers", ("answer_id",)),
            ForeignKey(("source_id",), "sources", ("source_id",)),
        ),
        rows=t.answer_source_rows,
        count=lambda: Answer.sources.through.objects.filter(
            answer__assessment__in=t.published_ids()
        ).count(),
    ),
    Table(
        name="findings",
        title=_("Key findings"),
        description=_("Well-developed areas and areas with potential, per domain, as published."),
        fields=(
            Field("finding_id", "integer", _("Finding id")),
            Field("assessment_id", "integer", _("Assessment id")),
            Field("place_code", "string", _("Place code")),
            Field("round", "integer", _("Round (year)")),
            Field("domain_number", "integer", _("Domain number")),
            Field("domain_slug", "string", _("Domain slug")),
            Field("kind", "string", _("well_developed or potential")),
            Field("order", "integer", _("Position within its domain and kind")),
            *t.per_language("text", _("Text")),
            Field("indicators", "string", _("Indicator codes it rests on, ';'-separated")),
        ),
        primary_key=("finding_id",),
        foreign_keys=(ASSESSMENT_KEY,),
        rows=t.finding_rows,
        count=lambda: Finding.objects.filter(assessment__in=t.published_ids()).count(),
    ),
    Table(
        name="sdg_10_7_2",
        title=_("SDG indicator 10.7.2"),
        description=_("Published categories (1 to 4) per place, year and domain (_T: overall)."),
        fields=(
            Field("place_code", "string", _("Place code")),
            Field("place_name", "string", _("Place name")),
            Field("year", "integer", _("Year")),
            Field("domain", "string", _("PD_1 to PD_6, or _T for overall")),
            Field("category", "integer", _("Category, 1 to 4")),
            Field("source", "string", _("Where the category was published")),
        ),
        primary_key=("place_code", "year", "domain"),
        rows=t.sdg_rows,
        count=t.count_of(PublishedSdgCategory.objects.all),
    ),
)
TABLES_BY_NAME = {table.name: table for table in TABLES}
