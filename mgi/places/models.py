"""Places assessed: countries (ISO 3166 alpha-3) and local jurisdictions inside them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Place(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        LOCAL = "local", _("Local jurisdiction")

    # "PER" for a country; "PER-LIMA" for a local jurisdiction (parent code + its own slug).
    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    official_name = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="localities"
    )
    # WGS 84 degrees; a local place is drawn as a point on the map, a country by its outline.
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(kind="country", parent__isnull=True)
                    | models.Q(kind="local", parent__isnull=False)
                ),
                name="place_local_has_parent",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def url_code(self) -> str:
        return self.code.lower()

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "kind": self.kind}
