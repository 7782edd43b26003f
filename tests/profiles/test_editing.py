"""The profile's title and introduction in three languages, with a version check."""

import pytest

from mgi.assessments.errors import AssessmentError, EditConflict
from mgi.profiles.drafting import add_finding, edit_finding
from mgi.profiles.editing import edit_profile_texts
from mgi.profiles.models import Profile


def test_titles_and_introductions_are_saved_in_every_language_at_once(cast, draft):
    profile = Profile.objects.get(assessment=draft)

    edit_profile_texts(
        profile,
        profile.version,
        {"en": "Migration profile", "es": "Perfil migratorio", "fr": "Profil migratoire"},
        {"en": "First.\r\n\r\nSecond.", "es": "Primero.", "fr": ""},
        cast["researcher"],
    )

    profile.refresh_from_db()
    assert profile.title == {
        "en": "Migration profile",
        "es": "Perfil migratorio",
        "fr": "Profil migratoire",
    }
    assert profile.introduction == {"en": "First.\n\nSecond.", "es": "Primero."}
    assert profile.version == 2


def test_the_second_of_two_editors_is_refused_and_shown_the_first_ones_text(cast, draft):
    profile = Profile.objects.get(assessment=draft)
    opened = profile.version
    edit_profile_texts(profile, opened, {"en": "First editor"}, {"en": "A"}, cast["researcher"])

    with pytest.raises(EditConflict) as conflict:
        edit_profile_texts(
            profile, opened, {"en": "Second editor"}, {"en": "B"}, cast["coordinator"]
        )

    assert conflict.value.current.title["en"] == "First editor"
    assert Profile.objects.get(pk=profile.pk).title["en"] == "First editor"


def test_an_english_title_is_required(cast, draft):
    profile = Profile.objects.get(assessment=draft)

    with pytest.raises(AssessmentError, match="title in English"):
        edit_profile_texts(
            profile, profile.version, {"en": " ", "es": "Perfil"}, {}, cast["researcher"]
        )


def test_a_finding_is_written_in_three_languages_side_by_side(cast, draft):
    domain = draft.framework.domains.get(number=1)
    finding = add_finding(draft, domain, "potential", "Health access", [], cast["researcher"])

    edit_finding(
        finding,
        finding.version,
        "Health access for all",
        [],
        cast["researcher"],
        "en",
        translations={"es": "Acceso a la salud para todos", "fr": ""},
    )

    finding.refresh_from_db()
    assert finding.text == {"en": "Health access for all", "es": "Acceso a la salud para todos"}
