"""What every download says about itself: its licence, framework versions and generation time."""

from dataclasses import dataclass
from datetime import UTC, datetime

from mgi.frameworks.models import Framework
from mgi.lib.licence import OPEN_DATA_LICENCE

# Named in mgi/lib so that public pages outside the downloads can state it too.
LICENCE = OPEN_DATA_LICENCE
ATTRIBUTION = "MGI Platform open data"
PACKAGE_NAME = "mgi-open-data"


@dataclass(frozen=True)
class About:
    licence: dict
    framework_versions: tuple[str, ...]
    generated_at: datetime

    @property
    def generated_at_text(self) -> str:
        return self.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ")

    def as_dict(self) -> dict:
        return {
            "title": ATTRIBUTION,
            "licence": self.licence,
            "framework_versions": list(self.framework_versions),
            "generated_at": self.generated_at_text,
        }


def describe_export() -> About:
    versions = Framework.objects.order_by("code", "version").values_list("code", "version")
    return About(
        licence=LICENCE,
        framework_versions=tuple(f"{code} {version}" for code, version in versions),
        generated_at=datetime.now(UTC).replace(microsecond=0),
    )
