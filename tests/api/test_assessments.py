"""GET /api/v1/assessments lists published assessments; drafts only for callers with a role."""

from mgi.assessments.models import Assessment
from mgi.profiles.rounds import start_correction


def _codes_and_rounds(response) -> set[tuple[str, int, str]]:
    return {(a["place"]["code"], a["round"], a["status"]) for a in response.json()["items"]}


def test_the_public_sees_published_assessments_only(client, published_peru, draft):
    response = client.get("/api/v1/assessments")

    assert response.status_code == 200
    assert _codes_and_rounds(response) == {("PER", 2019, "published")}


def test_a_team_member_sees_their_draft_with_a_token(token_client, published_peru, draft):
    response = token_client("researcher").get("/api/v1/assessments")

    assert _codes_and_rounds(response) == {
        ("PER", 2019, "published"),
        ("PER", 2023, "data_collection"),
    }


def test_someone_without_a_role_sees_no_draft_even_with_a_token(token_client, draft):
    response = token_client("outsider").get(f"/api/v1/assessments/{draft.pk}")

    assert response.status_code == 404
    assert response.json() == {"detail": "No assessment you may read has this id."}


def test_a_team_member_reads_the_draft_answers_through_the_same_api(token_client, draft):
    response = token_client("focal_point").get(f"/api/v1/answers?assessment={draft.pk}")

    assert response.status_code == 200
    assert response.json()["count"] == draft.answers.count()


def test_an_earlier_revision_stays_readable_and_links_to_its_revision_page(
    client, cast, published_chile
):
    correction = start_correction(published_chile, cast["coordinator"], "Fix a date.")
    Assessment.objects.filter(pk=correction.pk).update(status=Assessment.Status.PUBLISHED)

    items = client.get("/api/v1/assessments?place=CHL").json()["items"]

    assert [(a["revision"], a["profile_url"]) for a in items] == [
        (1, "http://testserver/profiles/chl/2021/revisions/1/"),
        (2, "http://testserver/profiles/chl/2021/"),
    ]
    # Lists of answers and findings follow the newest revision unless one is named.
    findings = client.get("/api/v1/findings?place=CHL").json()["items"]
    assert {f["assessment"] for f in findings} == {correction.pk}
