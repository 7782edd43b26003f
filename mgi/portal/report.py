"""The data of the full profile report (the PDF): the page's data plus sources and the annex."""

import html
import re

import nh3

from mgi.assessments.models import Answer, Assessment, Source
from mgi.lib.i18n_text import pick
from mgi.lib.markdown import render_markdown
from mgi.places.models import Place
from mgi.places.names import place_name
from mgi.portal.pages import ANSWERS_LANGUAGE, build_profile_text
from mgi.portal.report_local import build_context, build_summary
from mgi.portal.wheel import SIZE


def build_report_data(assessment: Assessment, language: str) -> dict:
    # The page's texts without its evidence, results and revision notes, which print leaves out.
    page = build_profile_text(assessment, language)
    page["sources"] = _key_sources(assessment)
    page["annex"] = _annex(assessment, language, page["domains"])
    page["place"] = assessment.place
    page["print_wheel"] = _print_wheel(page["wheel"])
    page["cover_title"] = cover_title_lines(page["profile"]["title"])
    name = place_name(assessment.place, language)
    page["title_names_place"] = name.casefold() in page["profile"]["title"].casefold()
    # Answers are written in the assessment's working language, English.
    page["answers_language"] = ANSWERS_LANGUAGE
    page["is_local"] = assessment.place.kind == Place.Kind.LOCAL
    if page["is_local"]:
        page["summary"] = build_summary(page["domains"])
        page["context"] = build_context(assessment, language)
    return page


def cover_title_lines(title: str) -> list[str]:
    """A title cut after its colon ("Migration Governance Profile:" / "the Republic of Peru"),
    so that the cover breaks it where its sense does, not wherever the line is full."""
    head, colon, tail = title.partition(":")
    if not colon or not head.strip() or not tail.strip():
        return [title]
    return [f"{head}{colon}", tail.strip()]


def _print_wheel(segments) -> list[dict]:
    """Where each domain's name sits on the printed wheel, in percent of the wheel's size.

    The names are HTML laid over the drawn ring rather than SVG text: WeasyPrint lays SVG text
    out letter by letter, which leaves the PDF's text layer in pieces for screen readers and
    for copying.
    """
    return [
        {
            "colour": segment.colour,
            "path": segment.path,
            "lines": segment.label_lines,
            # Text, not numbers: templates would print "12,5" in Spanish and French.
            "left": f"{segment.label_x * 100 / SIZE:.2f}",
            "top": f"{segment.label_y * 100 / SIZE:.2f}",
            # Half the block of lines above the point (lines are 1.2em high), so it is centred.
            "raise": f"{len(segment.label_lines) * 0.6:.1f}",
        }
        for segment in segments
    ]


def _key_sources(assessment: Assessment) -> list[dict]:
    """Sources that some answer cites, grouped by kind in a fixed order: laws first."""
    cited = (
        Source.objects.filter(assessment=assessment, answers__isnull=False)
        .distinct()
        .order_by("title")
    )
    groups = {kind: [] for kind in Source.Kind.values}
    for source in cited:
        groups[source.kind].append(source)
    return [
        {"kind": Source.Kind(kind).label, "sources": sources}
        for kind, sources in groups.items()
        if sources
    ]


def _annex(assessment: Assessment, language: str, domains: list[dict]) -> list[dict]:
    """Every answer under its domain, in the framework's order. Read as plain rows: only the
    columns printed are needed, and the report changes nothing."""
    answers = (
        Answer.objects.filter(assessment=assessment)
        .order_by("indicator__order")
        .values_list(
            "indicator__area__domain__number",
            "indicator__code",
            "indicator__question",
            "option__label",
            "justification",
        )
    )
    by_number = {domain["number"]: domain for domain in domains}
    entries: dict[int, dict] = {}
    for domain_number, code, question, option_label, justification in answers:
        if domain_number not in entries:
            domain = by_number[domain_number]
            entries[domain_number] = {
                "number": domain_number,
                "name": domain["name"],
                "colour": domain["colour"],
                "rows": [],
            }
        entries[domain_number]["rows"].append(
            {
                "code": code,
                "question": pick(question, language),
                "answer": pick(option_label, language) if option_label else "",
                "justification": _plain_text(justification),
            }
        )
    return list(entries.values())


LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.S)
# Characters that may make Markdown; text without them reads the same rendered or not.
MARKDOWN_SYNTAX = re.compile(r"[*_`\[\]<>&#\\]|^\s*(?:[-+=]|\d+[.)])", re.M)


def _plain_text(markdown: str) -> str:
    """A justification as one run of text, links followed by their address.

    On paper a link cannot be followed, so its address is printed beside its text; emphasis
    and lists matter little in an annex of a hundred short justifications, which stay plain
    paragraphs like the rest of the annex (see report.css).
    """
    if not MARKDOWN_SYNTAX.search(markdown):
        return " ".join(markdown.split())
    rendered = LINK.sub(r"\2 (\1)", render_markdown(markdown))
    return " ".join(html.unescape(nh3.clean(rendered, tags=set())).split())
