import io
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.utils.http import http_date

from mgi.assessments.answers import AnswerEdit, save_answer
from mgi.assessments.models import Assessment
from mgi.operations.page_versions import profile_version
from mgi.operations.public_cache import CACHE_ALIAS
from mgi.profiles.publication import publish_assessment
from mgi.profiles.rounds import start_correction
from tests.profiles.complete import complete_for_publication
from tests.workspace.conftest import set_status

PAGE = "/profiles/per/2019/"
S = Assessment.Status
SPANISH = Path(__file__).resolve().parents[2] / "mgi" / "demo" / "data" / "peru-2019.es.txt"


def translate_into_spanish() -> None:
    call_command("import_profile", str(SPANISH), "--translation", stdout=io.StringIO())


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE = True
    caches[CACHE_ALIAS].clear()
    yield caches[CACHE_ALIAS]
    caches[CACHE_ALIAS].clear()


@pytest.fixture
def published_draft(cast, draft):
    """Peru 2023 published through the workflow, by its coordinator."""
    complete_for_publication(draft)
    set_status(draft, S.VALIDATED)
    publish_assessment(draft, cast["coordinator"])
    return draft


def etag_of(client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200
    return response["ETag"]


@pytest.mark.parametrize("suffix", ["", "profile.json", "profile.csv"])
def test_a_published_profile_carries_validators_and_a_short_public_cache_life(
    client, published_peru, suffix
):
    response = client.get(PAGE + suffix)

    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=300", "stale-while-revalidate=3600"} <= cache_control


def test_a_reader_with_the_current_copy_gets_304_for_one_query(
    client, published_peru, django_assert_num_queries
):
    etag = etag_of(client, PAGE)

    with django_assert_num_queries(1):
        response = client.get(PAGE, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""


def test_a_reader_who_fetched_it_after_its_last_change_gets_304(client, published_peru):
    last_modified = client.get(PAGE + "profile.json")["Last-Modified"]

    response = client.get(PAGE + "profile.json", HTTP_IF_MODIFIED_SINCE=last_modified)

    assert response.status_code == 304


def test_the_pdf_is_validated_before_it_is_rendered(client, published_peru):
    version = profile_version("per", 2019, language="en")

    response = client.get(PAGE + "profile.pdf", HTTP_IF_NONE_MATCH=version.etag)

    assert response.status_code == 304
    assert response["Last-Modified"] == http_date(version.last_modified.timestamp())


def test_each_language_has_its_own_validator(client, published_peru):
    assert etag_of(client, PAGE) != etag_of(client, "/es" + PAGE)


def test_a_translation_changes_the_validators_of_the_profile(client, published_peru):
    before = etag_of(client, "/es" + PAGE)

    translate_into_spanish()

    response = client.get("/es" + PAGE, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response["ETag"] != before


def test_publishing_a_correction_changes_the_validators_of_both_revisions(
    client, cast, published_draft
):
    newest, first = "/profiles/per/2023/", "/profiles/per/2023/revisions/1/"
    before = {address: etag_of(client, address) for address in (newest, first)}

    correction = start_correction(published_draft, cast["coordinator"], "Fixes a date")
    assert {address: etag_of(client, address) for address in (newest, first)} == before
    complete_for_publication(correction)
    set_status(correction, S.VALIDATED)
    publish_assessment(correction, cast["coordinator"])

    after = {address: etag_of(client, address) for address in (newest, first)}
    assert after[newest] != before[newest]
    assert after[first] != before[first]


def test_researchers_editing_drafts_leave_public_validators_alone(
    client, cast, published_peru, draft, answer_of
):
    before = etag_of(client, PAGE)

    answer = answer_of("1.1.1")
    save_answer(answer, answer.version, AnswerEdit("complete", "Edited", []), cast["researcher"])

    assert etag_of(client, PAGE) == before


def test_signed_in_readers_get_their_own_page_which_no_cache_keeps(client, cast, published_peru):
    client.force_login(cast["researcher"])

    response = client.get(PAGE)

    assert response.status_code == 200
    assert "ETag" not in response
    assert "private" in response["Cache-Control"]


def test_an_unknown_profile_is_still_404(client, published_peru):
    assert client.get("/profiles/per/1999/").status_code == 404


def test_the_server_keeps_the_rendered_page_and_serves_it_for_one_query(
    client, published_peru, page_cache, django_assert_num_queries
):
    first = client.get(PAGE)

    with django_assert_num_queries(1):
        again = client.get(PAGE)

    assert again.status_code == 200
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]


def test_the_kept_page_is_replaced_once_a_translation_is_published(
    client, published_peru, page_cache
):
    english_only = client.get("/es" + PAGE).content.decode()

    translate_into_spanish()

    translated = client.get("/es" + PAGE).content.decode()
    assert "Perfil de Gobernanza de la Migración" not in english_only
    assert "Perfil de Gobernanza de la Migración" in translated


def test_the_list_of_profiles_is_validated_by_the_public_version(client, published_peru):
    etag = etag_of(client, "/profiles/")

    assert client.get("/profiles/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_the_list_changes_when_a_profile_is_published(client, cast, draft, published_peru):
    before = etag_of(client, "/profiles/")

    complete_for_publication(draft)
    set_status(draft, S.VALIDATED)
    publish_assessment(draft, cast["coordinator"])

    response = client.get("/profiles/", HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert "2023" in response.content.decode()
