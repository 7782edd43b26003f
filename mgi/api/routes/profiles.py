"""Published profiles in the fixed public shape: the same dict as the page and profile.json."""

from ninja import Path, Query, Router

from mgi.api.responses import documented
from mgi.api.schemas import CODE_PATTERN, Language, ProfileOut
from mgi.profiles.builder import build_profile_data
from mgi.profiles.public import published_assessment

router = Router(tags=["profiles"])


@router.get("/profiles/{place}/{round}", response=documented(ProfileOut))
def get_profile(
    request,
    place: str = Path(
        ..., pattern=CODE_PATTERN, description="Place code (a place's `code`), e.g. PER."
    ),
    round: int = Path(..., ge=1900, le=2999, description="Round (year)."),
    *,
    lang: Query[Language],
):
    """The newest published revision of a round's profile."""
    return build_profile_data(published_assessment(place, round), lang.language)
