"""The pages of the gate: a confirmation page with the checklist before each step."""

from bs4 import BeautifulSoup

from mgi.assessments.models import Assessment
from mgi.profiles.models import Finding, Profile
from tests.profiles.complete import complete_for_publication
from tests.workspace.conftest import PASSWORD, set_status

S = Assessment.Status


def signed_in(client, username):
    assert client.login(username=username, password=PASSWORD)
    return client


def move_url(assessment, target=""):
    address = f"/workspace/assessments/{assessment.pk}/move/"
    return f"{address}?target={target}" if target else address


def test_the_assessment_page_links_each_step_to_its_confirmation_page(client, cast, draft):
    body = signed_in(client, "coordinator").get(f"/workspace/assessments/{draft.pk}/")
    page = BeautifulSoup(body.content, "html.parser")

    link = page.select_one("a.button[href$='?target=government_review']")
    assert link.get_text(strip=True) == "Send the draft to the government…"
    assert not page.select("form input[name=target]")  # no step is one click away
    phases = [li.get_text(" ", strip=True) for li in page.select("ol.phases li")]
    assert phases[:3] == ["Launch (done)", "Data collection", "Government review (to come)"]
    assert page.select_one("ol.phases li[aria-current=step]").get_text() == "Data collection"
    assert page.select_one(".checklist")


def test_the_confirmation_page_shows_the_checklist_and_moves_only_on_post(client, cast, draft):
    client = signed_in(client, "coordinator")

    response = client.get(move_url(draft, S.GOVERNMENT_REVIEW))

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.h1.get_text(strip=True) == "Send the draft to the government"
    gaps = page.select(".checklist-items > li.check-gap")
    assert len(gaps) == 3  # answers, findings, introduction
    first_domain = draft.framework.domains.get(number=1)
    assert page.select_one(f".checklist a[href$='questionnaire/#domain-{first_domain.slug}']")
    assert Assessment.objects.get(pk=draft.pk).status == S.DATA_COLLECTION

    response = client.post(move_url(draft), {"target": S.GOVERNMENT_REVIEW, "note": ""})

    assert response.status_code == 302
    assert Assessment.objects.get(pk=draft.pk).status == S.GOVERNMENT_REVIEW


def test_publication_of_an_incomplete_assessment_is_refused_on_the_page(client, cast, draft):
    set_status(draft, S.VALIDATED)
    client = signed_in(client, "coordinator")

    page = BeautifulSoup(client.get(move_url(draft, S.PUBLISHED)).content, "html.parser")
    assert page.select_one(".gate-closed")
    assert not page.select("form.move-form")

    response = client.post(move_url(draft), {"target": S.PUBLISHED})

    assert response.status_code == 409
    page = BeautifulSoup(response.content, "html.parser")
    alert = page.select_one("[role=alert]").get_text(" ", strip=True)
    assert "indicators are unanswered" in alert and "the introduction is empty" in alert
    assert Assessment.objects.get(pk=draft.pk).status == S.VALIDATED


def test_a_return_without_a_reason_is_refused_on_the_reason_field(client, cast, draft):
    set_status(draft, S.GOVERNMENT_REVIEW)
    client = signed_in(client, "coordinator")
    page = BeautifulSoup(client.get(move_url(draft, S.DATA_COLLECTION)).content, "html.parser")
    assert page.select_one("button.button-back")
    assert page.select_one("textarea[name=note][required]")

    response = client.post(move_url(draft), {"target": S.DATA_COLLECTION, "note": "  "})

    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    error = page.select_one(".field-error[role=alert]").get_text(strip=True)
    assert error.startswith("Reason for the return")
    assert Assessment.objects.get(pk=draft.pk).status == S.GOVERNMENT_REVIEW


def test_the_approval_is_shown_with_its_revision_and_digest(client, cast, draft):
    set_status(draft, S.CONSULTATION)
    client = signed_in(client, "focal_point")
    page = BeautifulSoup(client.get(move_url(draft, S.VALIDATED)).content, "html.parser")
    digest = page.select_one("input[name=digest]")["value"]

    client.post(move_url(draft), {"target": S.VALIDATED, "digest": digest})

    body = client.get(f"/workspace/assessments/{draft.pk}/").content.decode()
    assert f"Approved revision 1 by focal_point, content digest <code>{digest[:12]}</code>" in body
    assert "The content is unchanged since." in body


def test_the_findings_page_edits_the_three_languages_side_by_side(client, cast, draft):
    client = signed_in(client, "researcher")
    address = f"/workspace/assessments/{draft.pk}/findings/"
    page = BeautifulSoup(client.get(address).content, "html.parser")
    for code in ("en", "es", "fr"):
        assert page.select_one(f"textarea[lang={code}]"), code
    version = page.select_one("input[name=version]")["value"]

    client.post(
        address + "profile/",
        {
            "version": version,
            "title": "Migration profile",
            "title_es": "Perfil",
            "title_fr": "Profil",
            "introduction": "Intro",
            "introduction_es": "Introducción",
            "introduction_fr": "",
        },
    )

    profile = Profile.objects.get(assessment=draft)
    assert profile.title == {"en": "Migration profile", "es": "Perfil", "fr": "Profil"}
    assert profile.introduction == {"en": "Intro", "es": "Introducción"}


def test_a_stale_save_of_the_profile_texts_shows_both_versions_and_keeps_the_text(
    client, cast, draft
):
    client = signed_in(client, "researcher")
    address = f"/workspace/assessments/{draft.pk}/findings/profile/"
    client.post(address, {"version": 1, "title": "Saved first", "introduction": "A"})

    response = client.post(address, {"version": 1, "title": "Typed second", "introduction": "B"})

    assert response.status_code == 409
    page = BeautifulSoup(response.content, "html.parser")
    assert "Saved first" in page.select_one(".conflict").get_text()
    assert page.select_one("input[name=title]")["value"] == "Typed second"
    assert page.select_one("input[name=version]")["value"] == "2"


def test_a_finding_page_saves_its_spanish_and_french_texts(client, cast, draft):
    complete_for_publication(draft)
    finding = Finding.objects.filter(assessment=draft).first()
    client = signed_in(client, "researcher")

    client.post(
        f"/workspace/assessments/{draft.pk}/findings/{finding.pk}/",
        {"version": finding.version, "text": "Health", "text_es": "Salud", "text_fr": "Santé"},
    )

    finding.refresh_from_db()
    assert finding.text == {"en": "Health", "es": "Salud", "fr": "Santé"}
