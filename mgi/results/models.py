"""SDG 10.7.2 categories as published (UN SDG database series SG_CPA_MIGRS), per place and year."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from mgi.lib.text_fields import PlainCharField
from mgi.places.models import Place
from mgi.results.sdg1072 import CATEGORY_LABELS, DOMAIN_CODES, OVERALL_CODE


class PublishedSdgCategory(models.Model):
    """One published category: a domain's (PD_1..PD_6) or the overall (_T) one.

    Published data often carry only categories, not values; `mgi sdg1072 import` loads a place
    and year only as a whole (six domains and overall) and only when the overall is feasible.
    """

    class Domain(models.TextChoices):
        PD_1 = DOMAIN_CODES[1], _("Migrant rights")
        PD_2 = DOMAIN_CODES[2], _("Whole-of-government / evidence-based policies")
        PD_3 = DOMAIN_CODES[3], _("Cooperation and partnerships")
        PD_4 = DOMAIN_CODES[4], _("Socioeconomic well-being")
        PD_5 = DOMAIN_CODES[5], _("Mobility dimensions of crises")
        PD_6 = DOMAIN_CODES[6], _("Safe, orderly and regular migration")
        OVERALL = OVERALL_CODE, _("Overall")

    place = models.ForeignKey(
        Place, on_delete=models.PROTECT, related_name="published_sdg_categories"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    domain = models.CharField(_("domain"), max_length=4, choices=Domain.choices)
    # The labels live in the calculator (marked there for translation) so that they cannot drift.
    category = models.PositiveSmallIntegerField(
        _("category"), choices=[(code, _(label)) for code, label in CATEGORY_LABELS.items()]
    )
    source = PlainCharField(_("source"), max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("published SDG 10.7.2 category")
        verbose_name_plural = _("published SDG 10.7.2 categories")
        ordering = ["place__code", "year", "domain"]
        constraints = [
            models.UniqueConstraint(
                fields=["place", "year", "domain"], name="published_sdg_category_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(category__gte=1, category__lte=4),
                name="published_sdg_category_1_to_4",
            ),
            models.CheckConstraint(
                condition=models.Q(domain__in=[*DOMAIN_CODES.values(), OVERALL_CODE]),
                name="published_sdg_category_domain_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.place.code} {self.year} {self.domain}: {self.category}"

    def to_dict(self) -> dict:
        return {
            "place": self.place.code,
            "year": self.year,
            "domain": self.domain,
            "category": self.category,
            "source": self.source,
        }
