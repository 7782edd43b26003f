"""Hostile text in every free-text field, typed through the web forms, stays inert on every page.

A researcher, a coordinator and a focal point fill every field a person can type into with
script tags, event handlers, javascript: and data: links, template syntax and the like; then
every workspace page, the public profile, its JSON and the profile list are parsed and searched
for anything that a browser would run. A last check loads pages in Chromium and listens for
alert dialogs.
"""

import json
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from mgi.assessments.answers import SourceFields, add_source, edit_source
from mgi.assessments.errors import AssessmentError
from mgi.assessments.models import Assessment, Source
from mgi.profiles.models import Finding, Profile
from tests.profiles.complete import FINDING_FOR_PUBLICATION, complete_for_publication
from tests.workspace.conftest import PASSWORD

# Each payload calls alert(N) with its own N, so a dialog in the browser says which one ran.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    '"><script>alert(4)</script>',
    "' onmouseover='alert(5)' x='",
    '" autofocus onfocus="alert(6)" x="',
    "[click me](javascript:alert(7))",
    "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)",
    "[mixed case](JaVaScRiPt:alert(9))",
    "<javascript:alert(10)>",
    '![image](x" onerror="alert(11))',
    "&lt;script&gt;alert(12)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(13)&#62;",
    "{{ 7*7 }} {{ request.user.password }}",
    "{% debug %}{% load static %}",
    '<div style="width: expression(alert(16))">css</div>',
    '<iframe src="javascript:alert(17)"></iframe>',
    '<object data="javascript:alert(18)"></object><embed src="javascript:alert(18)">',
    "\\u003cscript\\u003ealert(19)\\u003c/script\\u003e \\x3cimg src=x onerror=alert(19)\\x3e",
    "</textarea><script>alert(20)</script>",
    "</title><script>alert(21)</script>",
    "[entity](&#106;avascript:alert(22))",
    '<a href="javascript:alert(23)">plain link</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(24)>",
    "\uff1cscript\uff1ealert(25)\uff1c/script\uff1e",
    "<scr<script>ipt>alert(26)</script>",
    "<details open ontoggle=alert(27)>",
    "</script><script>alert(28)</script>",
    '[title](https://example.org/ "x\\" onmouseover=\\"alert(29)")',
    '<https://example.org/" onmouseover="alert(30)>',
    "[ref]\n\n[ref]: javascript:alert(31)",
    "[img](data:image/png;base64,iVBORw0KGgo=) [vb](vbscript:msgbox(32))",
    "<style>@import 'javascript:alert(33)';</style>",
    "java\u200bscript:alert(34) <a href=jav&#x09;ascript:alert(34)>tab</a>",
    "<form action=javascript:alert(35)><button>go</button></form>",
    "<base href=javascript:alert(36)//>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(37)'>",
    "`<script>alert(38)</script>` and ```\n<img src=x onerror=alert(38)>\n```",
    "[x](<jav ascript:alert(39)>) [y](java%0ascript:alert(39))",
    "<a href='https://example.org' onclick=alert(40)>ok</a>",
]
# http(s) addresses that a URL validator accepts but that carry quotes and tags in them.
HOSTILE_HTTP_URLS = [
    'https://example.org/"><script>alert(41)</script>',
    "https://example.org/?q=javascript:alert(42)&r=<img/src=x/onerror=alert(42)>",
    "http://example.org/'onmouseover='alert(43)'",
    'https://example.org/#"autofocus/onfocus="alert(44)"',
]
# Addresses that must never be stored as a source's URL.
REFUSED_URLS = [
    "javascript:alert(45)",
    "JaVaScRiPt:alert(45)",
    " javascript:alert(45)",
    "javascript://example.org/%0aalert(45)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg0NSk8L3NjcmlwdD4=",
    "data:text/html,<script>alert(45)</script>",
    "vbscript:msgbox(45)",
    "jav&#x61;script:alert(45)",
    "file:///etc/passwd",
    "ftp://example.org/file",
]
TITLE = " ".join(PAYLOADS[i] for i in (0, 1, 3, 13, 14, 19, 20, 27))
INTRODUCTION = "\n\n".join(PAYLOADS)
CORRECTION = "\n".join(PAYLOADS)
SAFE_SCHEMES = {"http", "https", "mailto"}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "poster",
    "background",
    "srcset",
    "codebase",
    "ping",
}
FORBIDDEN_TAGS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "img",
    "image",
    "math",
    "style",
    "base",
    "video",
    "audio",
    "source",
    "portal",
    "animate",
    "set",
    "foreignobject",
    "use",
}
SVG_PARTS = {"svg", "title", "a", "path", "text", "tspan", "circle", "rect", "g"}


def squeeze(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def scheme_of(url: str) -> str | None:
    """The scheme a browser would see: it strips leading spaces/controls and tabs/newlines."""
    cleaned = re.sub(r"[\t\n\r]", "", url).lstrip("".join(chr(c) for c in range(0x21)))
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.\-]*):", cleaned)
    return match.group(1).lower() if match else None


def problems_in(page: str | BeautifulSoup) -> list[str]:
    """Everything in an HTML page that could run script or load active content."""
    soup = page if isinstance(page, BeautifulSoup) else BeautifulSoup(page, "html.parser")
    found = []
    # The platform's own server-rendered drawings: the domain wheel, the domain-summary bars, and
    # the world map with its legend's keys.
    own_drawings = {"wheel", "summary-chart-svg", "world-map", "map-legend-key"}
    wheels = soup.select(", ".join(f"svg.{name}" for name in sorted(own_drawings)))
    for element in soup.find_all(True):
        name = element.name.lower()
        if name in FORBIDDEN_TAGS:
            found.append(f"<{name}> element: {str(element)[:120]}")
        if name == "svg" and not own_drawings & set(element.get("class", [])):
            found.append(f"<svg> that is not the wheel: {str(element)[:120]}")
        if name == "script" and (
            not element.get("src", "").startswith("/static/") or element.get_text().strip()
        ):
            found.append(f"<script> not from /static/: {str(element)[:120]}")
        if name == "meta" and element.get("http-equiv"):
            found.append(f"<meta http-equiv>: {element}")
        if name == "link" and not (
            element.get("href", "").startswith("/static/") or element.get("href") == "profile.json"
        ):
            found.append(f"<link> to elsewhere: {element}")
        if name in SVG_PARTS - {"svg", "a", "title"} and not any(
            parent is wheel for parent in element.parents for wheel in wheels
        ):
            found.append(f"<{name}> outside the wheel: {str(element)[:120]}")
        for attribute, value in element.attrs.items():
            values = value if isinstance(value, list) else [value]
            if attribute.lower().startswith("on"):
                found.append(f"event handler {attribute}= on <{name}>: {str(element)[:120]}")
            if attribute.lower() in URL_ATTRIBUTES:
                for url in values:
                    scheme = scheme_of(url)
                    if scheme is not None and scheme not in SAFE_SCHEMES:
                        found.append(f"{scheme}: address in {attribute}= on <{name}>: {url!r}")
            if attribute.lower() == "style":
                style = " ".join(values).lower()
                if "expression" in style or "url(" in style or "javascript" in style:
                    found.append(f"active style on <{name}>: {style!r}")
            if attribute.lower() in ("srcdoc", "http-equiv"):
                found.append(f"{attribute}= on <{name}>: {str(element)[:120]}")
    return found


def text_of(page: str | BeautifulSoup) -> str:
    soup = page if isinstance(page, BeautifulSoup) else BeautifulSoup(page, "html.parser")
    return squeeze(soup.get_text(" "))


class Visitor:
    """Fetches pages as one person, and collects whatever unsafe markup they contain."""

    def __init__(self, username: str | None, problems: list):
        self.client = Client()
        if username:
            assert self.client.login(username=username, password=PASSWORD)
        self.username = username or "anonymous"
        self.problems = problems
        self.soup = None  # the last page read, parsed

    def get(self, address: str, status: int = 200) -> str:
        response = self.client.get(address)
        assert response.status_code == status, (self.username, address, response.status_code)
        body = response.content.decode()
        if response["Content-Type"].startswith("text/html"):
            self.soup = BeautifulSoup(body, "html.parser")
            self.problems.extend(f"{self.username} {address}: {p}" for p in problems_in(self.soup))
        return body

    def post(self, address: str, data: dict, status: int = 302) -> str:
        response = self.client.post(address, data)
        assert response.status_code == status, (
            self.username,
            address,
            response.status_code,
            response.content.decode()[:2000],
        )
        return response["Location"] if status == 302 else response.content.decode()

    def post_and_follow(self, address: str, data: dict, came_from: str) -> str:
        """POST from the page `came_from`, as a browser does; read the page it leads back to."""
        response = self.client.post(address, data, follow=True, HTTP_REFERER=came_from)
        assert response.status_code == 200, (address, response.redirect_chain)
        body = response.content.decode()
        self.problems.extend(f"{self.username} POST {address}: {p}" for p in problems_in(body))
        return body


def written_through_the_forms(findings: list) -> list:
    """Leave out the findings that complete the other domains for publication."""
    return [item for item in findings if FINDING_FOR_PUBLICATION not in item.get_text()]


def ws(assessment_id: int, rest: str = "") -> str:
    return f"/workspace/assessments/{assessment_id}/{rest}"


class Stage:
    """Peru 2023 with a hostile text in every field, built through the web forms."""

    def __init__(self, cast, draft):
        self.cast = cast
        self.first = draft
        self.problems: list[str] = []
        self.researcher = Visitor("researcher", self.problems)
        self.coordinator = Visitor("coordinator", self.problems)
        self.focal_point = Visitor("focal_point", self.problems)
        self.anonymous = Visitor(None, self.problems)
        indicators = list(
            draft.answers.select_related("indicator__area__domain").order_by("indicator__order")
        )
        assert len(indicators) >= len(PAYLOADS)
        self.codes = [a.indicator.code for a in indicators[: len(PAYLOADS)]]
        self.domain_of = {
            a.indicator.code: a.indicator.area.domain.number for a in indicators[: len(PAYLOADS)]
        }
        self.second = None
        self.notes = [" ".join(PAYLOADS[k] for k in range(i, len(PAYLOADS), 4)) for i in range(4)]

    # -- the first revision, in data collection ------------------------------------------------

    def fill(self) -> None:
        pk = self.first.pk
        for i, (code, payload) in enumerate(zip(self.codes, PAYLOADS, strict=True)):
            self.researcher.post(
                ws(pk, f"answers/{code}/"),
                {
                    "version": 1,
                    "option": ["complete", "partial", "absent"][i % 3],
                    "justification": f"{payload}\n\nThe **law** of {i}.",
                    "new-source-title": payload,
                    "new-source-kind": "law",
                    "new-source-citation": payload,
                    "new-source-url": HOSTILE_HTTP_URLS[i % len(HOSTILE_HTTP_URLS)],
                },
            )
            self.researcher.post(
                ws(pk, "comments/"),
                {"text": payload, "answer": code, "next": ws(pk, f"answers/{code}/")},
            )
        # A source added on the sources page, then edited on its own page.
        self.researcher.post(
            ws(pk, "sources/"),
            {"title": PAYLOADS[0], "kind": "report", "citation": CORRECTION, "url": ""},
        )
        extra = Source.objects.get(assessment=self.first, kind="report")
        self.researcher.post(
            ws(pk, f"sources/{extra.pk}/"),
            {
                "title": PAYLOADS[3],
                "kind": "website",
                "citation": INTRODUCTION,
                "url": HOSTILE_HTTP_URLS[0],
                "version": 1,
            },
        )
        # One finding per payload, resting on the indicator that carries the same payload;
        # every other one is then rewritten with another payload on the finding's page.
        for i, (code, payload) in enumerate(zip(self.codes, PAYLOADS, strict=True)):
            n = self.domain_of[code]
            self.researcher.post(
                ws(pk, "findings/new/"),
                {
                    "prefix": f"d{n}",
                    f"d{n}-domain": n,
                    f"d{n}-kind": ["well_developed", "potential"][i % 2],
                    f"d{n}-text": payload,
                    f"d{n}-indicators": code,
                },
            )
        for i, finding in enumerate(self.findings(self.first)):
            if i % 2:
                self.researcher.post(
                    ws(pk, f"findings/{finding.pk}/"),
                    {
                        "version": finding.version,
                        "text": f"{PAYLOADS[(i + 1) % len(PAYLOADS)]} (edited)",
                        "indicators": ", ".join(finding.indicators.values_list("code", flat=True)),
                    },
                )
            self.researcher.post(
                ws(pk, "comments/"),
                {"text": PAYLOADS[i], "finding": finding.pk, "next": ws(pk, "findings/")},
            )
        # A reply to the first thread, and a hostile "next" address that must not be followed.
        thread = self.first.comments.order_by("pk").first()
        location = self.researcher.post(
            ws(pk, "comments/"),
            {"text": PAYLOADS[27], "parent": thread.pk, "next": "javascript:alert(46)"},
        )
        assert location == ws(pk), location
        assert len(TITLE) <= 300
        self.researcher.post(
            ws(pk, "findings/profile/"),
            {"title": TITLE, "introduction": INTRODUCTION, "version": self.first.profile.version},
        )

    def findings(self, assessment) -> list[Finding]:
        return list(
            Finding.objects.filter(assessment=assessment)
            .prefetch_related("indicators")
            .order_by("pk")
        )

    def publish(self, assessment: Assessment) -> None:
        """Through review, consultation and approval to publication, a hostile note each time."""
        # Publication needs every indicator answered and a finding in each domain.
        complete_for_publication(assessment)
        steps = [
            (self.coordinator, "government_review"),
            (self.coordinator, "consultation"),
            (self.focal_point, "validated"),
            (self.coordinator, "published"),
        ]
        for (person, target), note in zip(steps, self.notes, strict=True):
            if target == "consultation":
                # The government's focal point comments while the draft is with them.
                self.focal_point.post(
                    ws(assessment.pk, "comments/"),
                    {"text": PAYLOADS[5], "answer": self.codes[0], "next": ""},
                )
            person.post(ws(assessment.pk, "move/"), {"target": target, "note": note})
        assessment.refresh_from_db()
        assert assessment.status == Assessment.Status.PUBLISHED

    # -- a correction: revision 2 ----------------------------------------------------------

    def correct(self) -> None:
        location = self.coordinator.post(ws(self.first.pk, "correction/"), {"note": CORRECTION})
        self.second = Assessment.objects.get(pk=int(location.rstrip("/").split("/")[-1]))
        assert self.second.revision == 2
        pk = self.second.pk
        answer = self.second.answers.get(indicator__code=self.codes[0])
        self.researcher.post(
            ws(pk, f"answers/{self.codes[0]}/"),
            {
                "version": answer.version,
                "option": "partial",
                "justification": INTRODUCTION,
                "sources": list(answer.sources.values_list("pk", flat=True)),
            },
        )
        dropped = self.findings(self.second)[1]
        self.researcher.post(ws(pk, f"findings/{dropped.pk}/delete/"), {})
        self.researcher.post(
            ws(pk, "findings/new/"),
            {
                "prefix": "d1",
                "d1-domain": 1,
                "d1-kind": "potential",
                "d1-text": f"{PAYLOADS[13]} {PAYLOADS[0]} (added in the correction)",
                "d1-indicators": self.codes[0],
            },
        )

    # -- pages -------------------------------------------------------------------------------

    def workspace_pages(self, assessment: Assessment) -> list[str]:
        pk = assessment.pk
        pages = [
            "/workspace/",
            ws(pk),
            ws(pk, "questionnaire/"),
            ws(pk, "sources/"),
            ws(pk, "findings/"),
            ws(pk, "history/"),
            ws(pk, "diff/"),
            ws(pk, "diff/?from=1&to=2"),
        ]
        pages += [ws(pk, f"answers/{code}/") for code in self.codes]
        pages += [ws(pk, f"sources/{s.pk}/") for s in assessment.sources.all()]
        pages += [ws(pk, f"findings/{f.pk}/") for f in self.findings(assessment)]
        return pages

    def public_pages(self) -> list[str]:
        return ["/", "/profiles/", "/profiles/per/2023/", "/profiles/per/2023/revisions/1/"]

    def assert_no_problems(self) -> None:
        assert not self.problems, "\n".join(self.problems[:40])


@pytest.fixture
def stage(cast, draft) -> Stage:
    stage = Stage(cast, draft)
    stage.fill()
    return stage


def test_the_forms_store_every_hostile_text_as_typed(stage):
    draft = stage.first
    for code, payload in zip(stage.codes, PAYLOADS, strict=True):
        answer = draft.answers.get(indicator__code=code)
        assert answer.justification == f"{payload}\n\nThe **law** of {stage.codes.index(code)}."
        assert answer.sources.get().title == payload
        assert answer.comments.get(parent=None).text == payload
    finding_texts = [f.text["en"] for f in stage.findings(draft)]
    assert squeeze(PAYLOADS[0]) in finding_texts
    assert f"{squeeze(PAYLOADS[2])} (edited)" in finding_texts
    profile = Profile.objects.get(assessment=draft)
    assert profile.title["en"] == squeeze(TITLE)
    assert len(draft.sources.all()) == len(PAYLOADS) + 1
    assert all(s.url.startswith(("http://", "https://")) for s in draft.sources.all())


def test_no_workspace_page_lets_a_hostile_text_become_markup(stage):
    pk = stage.first.pk
    for visitor in (stage.researcher, stage.focal_point):
        for address in stage.workspace_pages(stage.first):
            visitor.get(address)
            if "/answers/" in address:
                code = address.rstrip("/").split("/")[-1]
                i = stage.codes.index(code)
                shown = text_of(visitor.soup)
                # The comment and the source title show as the text that was typed.
                assert squeeze(PAYLOADS[i]) in shown, (visitor.username, address)
    stage.assert_no_problems()

    # The editor's form gives back exactly what was typed, and the preview shows it as text.
    body = stage.researcher.get(ws(pk, f"answers/{stage.codes[0]}/"))
    soup = BeautifulSoup(body, "html.parser")
    typed = soup.find("textarea", id="id_justification").get_text().lstrip("\r\n")
    assert typed.replace("\r\n", "\n") == f"{PAYLOADS[0]}\n\nThe **law** of 0."
    preview = soup.select_one(".preview .justification")
    assert "<script>alert(1)</script>" in preview.get_text()
    assert preview.find("strong").get_text() == "law"
    # The focal point reads the rendered Markdown, with the source and its hostile address.
    soup = BeautifulSoup(stage.focal_point.get(ws(pk, f"answers/{stage.codes[0]}/")), "html.parser")
    section = soup.select_one("section[aria-labelledby='answer-heading']")
    assert section.select_one(".justification").get_text().startswith(PAYLOADS[0])
    assert section.find("cite").get_text() == PAYLOADS[0]
    assert section.select_one("li a")["href"] == HOSTILE_HTTP_URLS[0]
    # Findings, sources and the profile's title and introduction read as plain text.
    findings_text = text_of(stage.focal_point.get(ws(pk, "findings/")))
    for i, payload in enumerate(PAYLOADS):
        expected = f"{PAYLOADS[(i + 1) % len(PAYLOADS)]} (edited)" if i % 2 else payload
        assert squeeze(expected) in findings_text, expected
    assert squeeze(TITLE) in findings_text
    assert "{{ 7*7 }}" in findings_text and "{% debug %}" in findings_text
    sources_text = text_of(stage.researcher.get(ws(pk, "sources/")))
    assert all(squeeze(p) in sources_text for p in PAYLOADS)
    history_text = text_of(stage.researcher.get(ws(pk, "history/")))
    assert "alert(40)" in history_text
    stage.assert_no_problems()


def test_messages_and_errors_that_repeat_what_was_sent_stay_escaped(stage):
    pk = stage.first.pk
    code = stage.codes[0]
    answer = stage.first.answers.get(indicator__code=code)
    hostile = PAYLOADS[3]
    researcher, coordinator = stage.researcher, stage.coordinator
    bodies = [
        # A choice that is not one: the form's error repeats the value.
        researcher.post(
            ws(pk, f"answers/{code}/"),
            {"version": answer.version, "option": hostile, "justification": hostile},
            status=400,
        ),
        # A new source whose address is refused: the page keeps the typed text in the form.
        researcher.post(
            ws(pk, f"answers/{code}/"),
            {
                "version": answer.version,
                "option": "complete",
                "justification": hostile,
                "new-source-title": hostile,
                "new-source-kind": "law",
                "new-source-url": "javascript:alert(4)",
            },
            status=400,
        ),
        researcher.post_and_follow(
            ws(pk, "findings/suggestions/"), {"indicator": hostile}, ws(pk, "findings/")
        ),
        # Refused team and finding forms come back with what was typed and the error beside it.
        coordinator.post(ws(pk, "team/"), {"username": hostile, "role": "researcher"}, status=400),
        researcher.post(
            ws(pk, "findings/new/"),
            {
                "prefix": "d1",
                "d1-domain": 1,
                "d1-kind": "potential",
                "d1-text": hostile,
                "d1-indicators": hostile,
            },
            status=400,
        ),
        researcher.post(ws(pk, "sources/"), {"title": hostile, "kind": hostile}, status=400),
        stage.anonymous.get(f"/accounts/login/?next={hostile}"),
        stage.anonymous.get("/accounts/login/?next=javascript:alert(4)"),
        researcher.get(ws(pk, f"diff/?from={hostile}&to=1")),
    ]
    for body in bodies:
        stage.problems.extend(problems_in(body))
    stage.assert_no_problems()
    assert hostile in text_of(bodies[2])  # "There is no suggestion for indicator ..."
    assert hostile in text_of(bodies[3])  # "There is no user called ..."
    # The refused finding's error shows on the findings page the form was on.
    assert "is not in this framework" in text_of(bodies[4])
    assert "Key findings" in BeautifulSoup(bodies[4], "html.parser").find("h1").get_text()
    login = BeautifulSoup(bodies[7], "html.parser").find("input", attrs={"name": "next"})
    assert login["value"] == ""  # the sign-in page drops an unsafe "next", and ignores it:
    response = stage.anonymous.client.post(
        "/accounts/login/",
        {"username": "researcher", "password": PASSWORD, "next": "javascript:alert(4)"},
    )
    assert response.status_code == 302 and not response["Location"].startswith("javascript")


def test_only_web_addresses_are_accepted_as_source_urls(stage):
    draft = stage.first
    researcher = stage.cast["researcher"]
    code = stage.codes[1]
    before = Source.objects.count()
    source = draft.sources.order_by("pk").first()
    for url in REFUSED_URLS:
        with pytest.raises(AssessmentError):
            add_source(draft, SourceFields(title="A law", kind="law", url=url), researcher)
        with pytest.raises(AssessmentError):
            edit_source(source, source.version, SourceFields("A law", "law", url=url), researcher)
        stage.researcher.client.post(
            ws(draft.pk, "sources/"), {"title": "A law", "kind": "law", "url": url}
        )
        stage.researcher.client.post(
            ws(draft.pk, f"sources/{source.pk}/"),
            {"title": "A law", "kind": "law", "url": url, "version": source.version},
        )
        answer = draft.answers.get(indicator__code=code)
        stage.researcher.client.post(
            ws(draft.pk, f"answers/{code}/"),
            {
                "version": answer.version,
                "option": "complete",
                "new-source-title": "A law",
                "new-source-kind": "law",
                "new-source-url": url,
            },
        )
    assert Source.objects.count() == before
    # An address without a scheme: the service refuses it, the form makes it https.
    with pytest.raises(AssessmentError):
        add_source(draft, SourceFields("A law", "law", url="//example.org/x"), researcher)
    stage.researcher.post(
        ws(draft.pk, "sources/"), {"title": "A law", "kind": "law", "url": "//example.org/x"}
    )
    assert draft.sources.get(title="A law").url == "https://example.org/x"
    for url in Source.objects.values_list("url", flat=True):
        assert url == "" or scheme_of(url) in ("http", "https"), url
    source.refresh_from_db()
    assert source.title == PAYLOADS[0] and source.url == HOSTILE_HTTP_URLS[0]


def test_published_pages_and_json_show_hostile_texts_as_plain_text(stage):
    stage.publish(stage.first)
    stage.correct()
    # Revision 2, in data collection: the editable pages, its diff and its history.
    for address in stage.workspace_pages(stage.second):
        stage.researcher.get(address)
    diff_text = text_of(stage.researcher.get(ws(stage.second.pk, "diff/")))
    assert squeeze(PAYLOADS[0]) in diff_text and "(added in the correction)" in diff_text
    overview = text_of(stage.coordinator.get(ws(stage.second.pk)))
    assert squeeze(CORRECTION) in overview
    stage.assert_no_problems()

    stage.publish(stage.second)
    # Every page of both revisions, read-only now, for the team...
    for assessment in (stage.first, stage.second):
        for address in stage.workspace_pages(assessment):
            stage.coordinator.get(address)
        overview = text_of(stage.coordinator.get(ws(assessment.pk)))
        for note in stage.notes:
            assert squeeze(note) in overview
    # ...and the public pages, for anyone.
    for address in stage.public_pages():
        stage.anonymous.get(address)
    stage.assert_no_problems()

    page = BeautifulSoup(stage.anonymous.get("/profiles/per/2023/"), "html.parser")
    assert page.find("h1").get_text() == squeeze(TITLE)
    assert squeeze(TITLE) in page.find("title").get_text()
    shown = squeeze(page.get_text(" "))
    assert squeeze(CORRECTION) in shown  # the correction note
    assert "{{ 7*7 }}" in shown and "{% debug %}" in shown
    assert "(added in the correction)" in shown
    intro = [p.get_text() for p in page.select("section.introduction > p")]
    assert intro == [squeeze(p) for p in INTRODUCTION.split("\n\n")]
    findings = written_through_the_forms(page.select("ul.findings > li"))
    assert len(findings) == len(PAYLOADS)  # one dropped, one added in the correction
    # Revision 1 shows the evidence of every finding: justifications, sources, addresses.
    first = BeautifulSoup(stage.anonymous.get("/profiles/per/2023/revisions/1/"), "html.parser")
    justifications = [j.get_text() for j in first.select("details.evidence .justification")]
    assert len(justifications) == len(PAYLOADS)
    assert "<script>alert(1)</script>" in justifications[0]
    assert {c.get_text() for c in first.select("details.evidence cite")} == set(PAYLOADS)
    hrefs = {a["href"] for a in first.select("details.evidence a[href]")}
    assert set(HOSTILE_HTTP_URLS) <= hrefs
    listing = stage.anonymous.get("/profiles/")
    assert squeeze(TITLE) in text_of(listing)

    response = stage.anonymous.client.get("/profiles/per/2023/profile.json")
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    data = json.loads(response.content)
    assert data["title"] == squeeze(TITLE)
    assert data["introduction"] == "\n\n".join(squeeze(p) for p in INTRODUCTION.split("\n\n"))
    texts = [
        f["text"]
        for d in data["domains"]
        for kind in ("well_developed", "potential")
        for f in d[kind]
    ]
    assert squeeze(PAYLOADS[0]) in texts
    assert squeeze(f"{PAYLOADS[13]} {PAYLOADS[0]} (added in the correction)") in texts
    assert "<script>alert(1)</script>" in data["introduction"]  # data, not escaped HTML


def test_a_correction_keeps_the_evidence_of_its_findings(stage):
    stage.publish(stage.first)
    stage.correct()
    stage.publish(stage.second)
    page = BeautifulSoup(stage.anonymous.get("/profiles/per/2023/"), "html.parser")
    findings = written_through_the_forms(page.select("ul.findings > li"))
    # One finding was dropped and one added by the correction; every one keeps its evidence.
    assert len(findings) == len(PAYLOADS)
    assert all(item.select_one("details.evidence cite") for item in findings)


@pytest.mark.browser
def test_no_alert_runs_in_chromium(transactional_db, live_server, cast, draft, page):
    stage = Stage(cast, draft)
    stage.fill()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.set_default_timeout(10_000)

    def look(address: str) -> None:
        page.goto(live_server.url + address)
        page.wait_for_load_state("load")
        # Open every <details> (ontoggle), and pass the pointer over what users wrote.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        written = page.locator(".justification a, .comment-text, .sources a, .finding-list li")
        for element in written.all()[:15]:
            if element.is_visible():
                element.hover(timeout=2_000)

    page.goto(live_server.url + "/accounts/login/")
    page.locator("#id_username").fill("researcher")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile("/workspace/"))
    pk = draft.pk
    for code in stage.codes[:8]:
        look(ws(pk, f"answers/{code}/"))
    for address in (ws(pk, "findings/"), ws(pk, "sources/"), ws(pk, "history/"), ws(pk)):
        look(address)
    stage.publish(draft)
    look(ws(pk, f"answers/{stage.codes[0]}/"))  # read-only now: rendered Markdown and sources
    look("/profiles/per/2023/")
    for segment in page.locator("a.wheel-segment").all():
        segment.click()
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    look("/profiles/")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.evaluate("document.title")  # the page rendered


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pdf_source_html_shows_hostile_texts_as_plain_text(stage, language):
    from mgi.portal.pdf import PRINT_CSS, report_html

    stage.publish(stage.first)

    html = report_html(Assessment.objects.get(pk=stage.first.pk), language)

    soup = BeautifulSoup(html, "html.parser")
    # The report's own stylesheet, embedded in its head, is the one <style> it may have.
    own_style = soup.head.style
    assert own_style.get_text() == PRINT_CSS.read_text(encoding="utf-8")
    own_style.decompose()
    assert problems_in(soup) == []
    assert squeeze(PAYLOADS[0]) in text_of(soup)
