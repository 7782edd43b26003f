"""Search over published findings, answers, justifications and sources, never drafts."""

from io import StringIO

import pytest
from django.core.management import call_command

from mgi.assessments.models import Assessment
from mgi.profiles.publication import publish_assessment
from mgi.profiles.rounds import start_correction
from mgi.search.indexing import index_assessment
from mgi.search.models import SearchEntry
from tests.api.conftest import SECRET
from tests.profiles.complete import complete_for_publication


@pytest.fixture
def indexed(published_chile, published_peru, secret_drafts, search_index):
    search_index()
    return published_chile


def _hits(client, **query):
    return client.get("/api/v1/search", query).json()["items"]


def test_a_word_only_in_a_justification_is_found(client, indexed):
    hits = _hits(client, q="polyclinic")

    assert [(h["kind"], h["place"]["code"], h["indicator"]) for h in hits] == [
        ("justification", "CHL", "1.1.1")
    ]
    assert hits[0]["url"] == (
        "http://testserver/profiles/chl/2021/#finding-rights-well-developed-1-indicator-1.1.1"
    )


def test_a_spanish_word_is_found_in_a_spanish_finding(client, indexed):
    hits = _hits(client, q="personas migrantes")

    assert [(h["kind"], h["language"]) for h in hits] == [("finding", "es")]
    assert hits[0]["url"] == (
        "http://testserver/es/profiles/chl/2021/#finding-rights-well-developed-1"
    )


def test_accents_do_not_matter(client, indexed):
    assert _hits(client, q="MIGRACION extranjeria")[0]["kind"] == "source"


def test_a_word_ending_in_a_star_finds_the_words_that_start_with_it(client, indexed):
    assert _hits(client, q="polyclin") == []
    assert {h["kind"] for h in _hits(client, q="polyclin*")} == {"justification"}


def test_answers_are_found_by_their_question(client, indexed):
    hits = _hits(client, q="regional consultative", language="en")

    assert [(h["kind"], h["indicator"]) for h in hits] == [("answer", "2.1.1")]
    assert hits[0]["snippet"].endswith("Partial")


def test_filters_narrow_the_results(client, indexed):
    assert _hits(client, q="migrants", place="PER", domain="rights") == []
    assert {h["place"]["code"] for h in _hits(client, q="migrants", place="chl")} == {"CHL"}
    assert {h["language"] for h in _hits(client, q="migrantes", language="es")} == {"es"}
    assert _hits(client, q="migrants", round=1999) == []
    assert {h["round"] for h in _hits(client, q="migrants", framework="tiny")} == {2021}


def test_a_draft_s_words_are_never_found(client, token_client, indexed):
    assert _hits(client, q=SECRET) == []
    assert _hits(token_client("coordinator"), q=SECRET) == []
    for words in (SECRET, "draft", "hallazgo", "decree"):
        page = client.get("/search/", {"q": words}).content.decode()
        assert SECRET not in page.split('id="results-heading"')[1].split("</h2>", 1)[1]
    assert not SearchEntry.objects.filter(search_text__contains=SECRET).exists()


def test_snippets_are_escaped_and_only_the_match_is_marked(client, indexed):
    finding = indexed.findings.get(domain__slug="rights")
    finding.text = {"en": "<script>alert(1)</script> migrants & <b>health</b>"}
    finding.save()
    index_assessment(indexed.pk)

    hit = _hits(client, q="alert migrants")[0]

    assert hit["snippet_html"] == (
        "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; <mark>migrants</mark> "
        "&amp; &lt;b&gt;health&lt;/b&gt;"
    )


def test_publishing_an_assessment_indexes_it_after_the_commit(
    cast, draft, django_capture_on_commit_callbacks
):
    answer = draft.answers.get(indicator__code="1.1.1")
    with django_capture_on_commit_callbacks(execute=True):
        answer.justification = "Clinics named in the kaleidoscope decree."
        answer.save()
    assert not SearchEntry.objects.filter(search_text__contains="kaleidoscope").exists()
    complete_for_publication(draft)
    Assessment.objects.filter(pk=draft.pk).update(status=Assessment.Status.VALIDATED)
    draft.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        publish_assessment(draft, cast["coordinator"])

    assert SearchEntry.objects.filter(search_text__contains="kaleidoscope").count() == 1


def test_a_correction_replaces_the_revision_it_corrects_in_results(
    client, cast, indexed, django_capture_on_commit_callbacks
):
    correction = start_correction(indexed, cast["coordinator"], "Better wording.")
    correction.findings.filter(domain__slug="rights").update(text={"en": "Corrected wording."})
    with django_capture_on_commit_callbacks(execute=True):
        correction.status = Assessment.Status.PUBLISHED
        correction.save()

    assert {h["assessment"] for h in _hits(client, q="chile")} == {correction.pk}


def test_the_rebuild_command_reports_what_it_indexed(indexed):
    out = StringIO()
    call_command("rebuild_search_index", stdout=out, stderr=StringIO())

    assert out.getvalue().startswith("2 published assessments, ")
