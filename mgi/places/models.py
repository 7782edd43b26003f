"""Places assessed: countries (ISO 3166 alpha-3) and local jurisdictions inside them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Place(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        LOCAL = "local", _("Local jurisdiction")

    class LocalKind(models.TextChoices):
        """What a local jurisdiction is; countries have none."""

        CITY = "city", _("City")
        MUNICIPALITY = "municipality", _("Municipality")
        DISTRICT = "district", _("District")
        PROVINCE = "province", _("Province")
        STATE = "state", _("State")

    # "PER" for a country; "PER-LIMA" for a local jurisdiction (parent code + its own slug).
    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    official_name = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="localities"
    )
    local_kind = models.CharField(max_length=16, choices=LocalKind.choices, blank=True)
    # A local place's name in each language it is written in ({"en": ..., "es": ..., "fr": ...});
    # `name` is the stored key, the English (or only) one.
    names = models.JSONField(default=dict, blank=True)
    # ISO 3166-2 ("PE-LMA") where the local place is a subdivision ISO lists; else blank.
    subdivision_code = models.CharField(max_length=8, blank=True)
    # The GeoNames feature the place was picked from, when it was picked from GeoNames.
    geonames_id = models.PositiveIntegerField(null=True, blank=True)
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
            ),
            models.CheckConstraint(
                condition=models.Q(kind="local") | models.Q(local_kind=""),
                name="place_only_local_has_local_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def url_code(self) -> str:
        return self.code.lower()

    @property
    def country_code(self) -> str:
        """ "PER" for Peru and for every local place in it."""
        return self.code.split("-")[0]

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "kind": self.kind}
