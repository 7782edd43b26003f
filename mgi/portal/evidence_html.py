"""The evidence under a key finding, as HTML: its indicators, their answers and sources.

Written in Python, not as a template: a profile shows some twenty findings with two or three
indicators and sources each, and as a template this block took a third of the page's rendering
time (the static site renders every profile in every language). The markup is the one the
stylesheet and the accessibility tests expect; keep them in step.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from mgi.profiles.anchors import evidence_anchor

# How many words of the finding name its evidence for screen readers, which list every
# "Evidence" summary of the page alike.
NAMING_WORDS = 8


def evidence_details(finding: dict) -> SafeString:
    """A closed <details> with the finding's evidence, or nothing when it has none."""
    items = finding.get("evidence")
    if not items:
        return mark_safe("")
    named = escape(Truncator(finding["text"]).words(NAMING_WORDS, truncate=" …"))
    parts = [
        '<details class="evidence">\n  <summary>',
        escape(gettext("Evidence")),
        f'<span class="visually-hidden">: {named}</span></summary>\n',
    ]
    for item in items:
        parts.append(_evidence_item(item, finding.get("anchor")))
    parts.append("</details>\n")
    return mark_safe("".join(parts))


def _evidence_item(item: dict, finding_anchor: str | None) -> str:
    answer = f" — <strong>{escape(item['answer'])}</strong>" if item["answer"] else ""
    # Search results link an answer to its evidence under the finding that cites it.
    anchor = (
        f' id="{escape(evidence_anchor(finding_anchor, item["code"]))}"' if finding_anchor else ""
    )
    parts = [
        f'  <div class="evidence-item"{anchor}>\n    <p><span class="code">',
        escape(item["code"]),
        "</span> ",
        escape(item["question"]),
        answer,
        "</p>\n",
    ]
    if item["justification_html"]:
        # Already HTML: rendered from the researcher's Markdown, which escapes what they typed.
        parts.append(f'    <div class="justification">{item["justification_html"]}</div>\n')
    if item["sources"]:
        listed = "".join(_source(source) for source in item["sources"])
        parts.append(f'    <ul class="sources">\n      {listed}\n    </ul>\n')
    parts.append("  </div>\n")
    return "".join(parts)


def _source(source: dict) -> str:
    described = escape(source["kind"])
    if source["date"]:
        described += f", {escape(source['date'])}"
    text = f"<li><cite>{escape(source['title'])}</cite> ({described})"
    if source["citation"]:
        text += f". {escape(source['citation'])}"
    if source["url"]:
        url = escape(source["url"])
        text += f' <a href="{url}" rel="noopener noreferrer nofollow">{url}</a>'
    return text + "</li>"
