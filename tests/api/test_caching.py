"""Published data is immutable: ETag and Last-Modified, and 304 for a conditional GET."""

from mgi.assessments.models import Assessment


def test_a_conditional_get_with_the_etag_gives_304_and_the_same_etag(client, published_chile):
    first = client.get("/api/v1/findings?place=CHL")
    etag = first["ETag"]

    again = client.get("/api/v1/findings?place=CHL", HTTP_IF_NONE_MATCH=etag)

    assert first.status_code == 200
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert again.content == b""


def test_a_conditional_get_with_the_date_gives_304(client, published_chile):
    first = client.get("/api/v1/profiles/chl/2021")

    again = client.get("/api/v1/profiles/chl/2021", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert again.status_code == 304


def test_an_old_etag_gets_the_full_answer_once_something_new_is_published(
    client, published_chile, draft
):
    etag = client.get("/api/v1/assessments")["ETag"]
    draft.status = Assessment.Status.PUBLISHED
    draft.save()

    response = client.get("/api/v1/assessments", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_each_address_has_its_own_etag(client, published_chile):
    english = client.get("/api/v1/findings?language=en")["ETag"]
    spanish = client.get("/api/v1/findings?language=es")["ETag"]

    assert english != spanish


def test_public_answers_may_be_cached_and_personal_ones_only_privately(
    client, token_client, published_chile
):
    public = client.get("/api/v1/assessments")
    personal = token_client("coordinator").get("/api/v1/assessments")

    assert public["Cache-Control"].startswith("public")
    assert personal["Cache-Control"] == "private, no-cache"
    assert "Authorization" in public["Vary"]


def test_personal_answers_also_answer_conditional_gets(token_client, published_chile):
    client = token_client("coordinator")
    etag = client.get("/api/v1/assessments")["ETag"]

    assert client.get("/api/v1/assessments", HTTP_IF_NONE_MATCH=etag).status_code == 304
