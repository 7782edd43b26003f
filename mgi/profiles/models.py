"""What a published profile says: its title, introduction and key findings per domain."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Assessment
from mgi.frameworks.models import Domain, Indicator
from mgi.lib.months import parse_month


class Profile(models.Model):
    assessment = models.OneToOneField(Assessment, on_delete=models.CASCADE, related_name="profile")
    title = models.JSONField(default=dict)
    introduction = models.JSONField(default=dict, blank=True)
    # The background paragraphs a portal page opens with ("Migration Governance Indicators
    # (MGI)"), per language, as imported with the page.
    about = models.JSONField(default=dict, blank=True)
    # A local profile's section on what the local government is responsible for, per language.
    competences = models.JSONField(default=dict, blank=True)
    # The date the profile carries, "2019-12" (or "2019"); the round may be an earlier year.
    date = models.CharField(max_length=7)
    published_at = models.DateTimeField(null=True, blank=True)
    # Optimistic locking of the title and introduction: a save names the version it started from.
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return str(self.assessment)

    @property
    def month(self) -> datetime.date | None:
        """The first day of the profile's month; None when its date is a bare year."""
        return parse_month(self.date)


class Finding(models.Model):
    class Kind(models.TextChoices):
        WELL_DEVELOPED = "well_developed", _("Example of a well-developed area")
        POTENTIAL = "potential", _("Area with potential for further development")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="findings")
    domain = models.ForeignKey(Domain, on_delete=models.PROTECT, related_name="findings")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    text = models.JSONField(default=dict)
    order = models.PositiveSmallIntegerField()
    indicators = models.ManyToManyField(Indicator, blank=True, related_name="findings")
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["domain__number", "kind", "order"]
        indexes = [models.Index(fields=["assessment", "domain", "kind", "order"])]

    def __str__(self) -> str:
        return f"{self.assessment} D{self.domain.number} {self.kind} #{self.order}"
