"""A framework is the question list an assessment answers: domains -> areas -> indicators."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from mgi.lib.i18n_text import pick


class Framework(models.Model):
    class Kind(models.TextChoices):
        NATIONAL = "national", _("National")
        LOCAL = "local", _("Local")
        SDG = "sdg", _("SDG indicator")

    code = models.SlugField(max_length=64)
    version = models.CharField(max_length=32)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    title = models.JSONField(default=dict)
    description = models.JSONField(default=dict, blank=True)
    provenance = models.TextField(blank=True)
    # For a local framework: the code of the national framework its indicators mirror.
    national = models.SlugField(max_length=64, blank=True)
    # The checksum of the loaded file, so that loading the same file again is a no-op.
    checksum = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["code", "version"], name="framework_code_version_unique"
            )
        ]
        ordering = ["code", "version"]

    def __str__(self) -> str:
        return f"{self.code} {self.version}"

    @property
    def display_title(self) -> str:
        return pick(self.title)


class Competence(models.Model):
    """A policy area a local authority may hold (health, housing...): local indicators that
    depend on one can be answered "outside local competence" where the authority lacks it."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="competences")
    code = models.SlugField(max_length=64)
    name = models.JSONField(default=dict)
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["framework", "order"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="competence_code_unique")
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def display_name(self) -> str:
        return pick(self.name)


class Scale(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="scales")
    code = models.SlugField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="scale_code_unique")
        ]

    def __str__(self) -> str:
        return self.code


class ScaleOption(models.Model):
    scale = models.ForeignKey(Scale, on_delete=models.CASCADE, related_name="options")
    code = models.SlugField(max_length=64)
    label = models.JSONField(default=dict)
    # None for "not applicable" and "not assessed": those answers carry no value.
    value = models.DecimalField(max_digits=4, decimal_places=2, null=True, blank=True)
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["scale", "order"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "code"], name="scale_option_code_unique")
        ]

    def __str__(self) -> str:
        return self.code


class Domain(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="domains")
    number = models.PositiveSmallIntegerField()
    slug = models.SlugField(max_length=64)
    code = models.CharField(max_length=16, blank=True)
    name = models.JSONField(default=dict)
    # Other headings that mean this domain in imported profile text ("Migrant rights").
    aliases = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    colour = models.CharField(max_length=7)

    class Meta:
        ordering = ["framework", "number"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="domain_number_unique"),
            models.UniqueConstraint(fields=["framework", "slug"], name="domain_slug_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {pick(self.name)}"


class Area(models.Model):
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="areas")
    number = models.PositiveSmallIntegerField()
    name = models.JSONField(default=dict)

    class Meta:
        ordering = ["domain", "number"]
        constraints = [
            models.UniqueConstraint(fields=["domain", "number"], name="area_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.domain.number}.{self.number} {pick(self.name)}"


class Indicator(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="indicators")
    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="indicators")
    code = models.CharField(max_length=16)
    order = models.PositiveIntegerField()
    question = models.JSONField(default=dict)
    guidance = models.JSONField(default=dict, blank=True)
    scale = models.ForeignKey(Scale, on_delete=models.PROTECT, related_name="indicators")
    # Phrases that, found in a published finding, tie the finding to this indicator.
    keywords = models.JSONField(default=list, blank=True)
    # Statement templates per outcome (e.g. {"complete": {"en": "..."}}), for drafting findings.
    statements = models.JSONField(default=dict, blank=True)
    # Codes of indicators in other frameworks this one corresponds to (e.g. SDG 10.7.2 "2a").
    crosswalk = models.JSONField(default=list, blank=True)
    # The local authority's competence the indicator depends on, if any.
    competence = models.ForeignKey(
        Competence, null=True, blank=True, on_delete=models.SET_NULL, related_name="indicators"
    )
    # The code of the national indicator (in the framework's `national`) this local one mirrors.
    mirrors = models.CharField(max_length=16, blank=True)

    class Meta:
        ordering = ["framework", "order"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="indicator_code_unique")
        ]

    def __str__(self) -> str:
        return self.code
