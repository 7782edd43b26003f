"""Make a rendered page fit a static folder: relative links, and no link to what is missing.

Regular expressions rather than a parser: pages come from our own templates, which quote every
attribute with double quotes and write attribute names in lower case, and a parser would
re-serialise (and so change) the whole page.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mgi.exports.site.paths import relative_link, split_internal

# Forms need a server: search, sign-out, language choice by POST.
FORM = re.compile(r"<form\b[^>]*>.*?</form>\s*", re.S | re.I)
# A list item holding no other list item. Written as runs of text between tags, each tag
# checked once, so that matching grows with the page's length and no more.
LIST_ITEM = re.compile(r"<li\b[^>]*>[^<]*(?:<(?!/?li\b)[^<]*)*</li>\s*", re.I)
ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S | re.I)
HREF = re.compile(r'\shref="([^"]*)"', re.I)
LINK_TAG = re.compile(r"<link\b[^>]*>\s*", re.I)
# One pattern per attribute, each starting with its literal name, so that the regular
# expression engine looks for the name rather than trying a match at every character.
URL_ATTRIBUTES = (re.compile(r'href="([^"]*)"'), re.compile(r'src="([^"]*)"'))
EMPTY_LIST = re.compile(r"<(ul|ol)\b[^>]*>\s*</\1>\s*", re.I)
# A navigation block with no link left in it (its label alone, such as "Year:").
NAV_WITHOUT_LINK = re.compile(r"<nav\b[^>]*>[^<]*(?:<(?!a\b|/nav>)[^<]*)*</nav>\s*", re.I)
# The end of a heading that nothing follows before its section ends.
ORPHAN_HEADING_END = re.compile(r"</h([1-6])>\s*(?=</(?:section|article|div|nav|aside)>)", re.I)
ID = re.compile(r'\sid="([^"]*)"', re.I)


@dataclass
class StaticPage:
    html: str
    links: set[str] = field(default_factory=set)  # site addresses the page links to


class LinkRewriter:
    """Rewrites the links of one page; `exists(path)` says whether the folder will hold it."""

    def __init__(self, page_url: str, exists: Callable[[str], bool], hosts: frozenset[str]):
        self.page_url = page_url
        self.exists = exists
        self.hosts = hosts
        self.links: set[str] = set()
        # A page names the same addresses many times (menus, list items, their anchors).
        self._targets: dict[str, tuple | None] = {}
        self._rewritten: dict[str, str | None] = {}

    def _target(self, value: str) -> tuple | None:
        if value not in self._targets:
            self._targets[value] = split_internal(html.unescape(value), self.page_url, self.hosts)
        return self._targets[value]

    def is_internal(self, value: str) -> bool:
        return self._target(value) is not None

    def rewrite(self, value: str) -> str | None:
        """The relative form of a link, the link unchanged if it leaves the site, or None when
        it points at something the static folder will not have."""
        if value not in self._rewritten:
            self._rewritten[value] = self._rewrite(value)
        return self._rewritten[value]

    def _rewrite(self, value: str) -> str | None:
        target = self._target(value)
        if target is None:
            return value
        path, query, fragment = target
        if query or not self.exists(path):
            return None
        self.links.add(path)
        return html.escape(relative_link(self.page_url, path, fragment))


def make_static(page: str, page_url: str, exists, hosts: frozenset[str]) -> StaticPage:
    rewriter = LinkRewriter(page_url, exists, hosts)
    page = FORM.sub("", page)
    page = LIST_ITEM.sub(lambda m: _list_item(m, rewriter), page)
    page = ANCHOR.sub(lambda m: _anchor(m, rewriter), page)
    page = LINK_TAG.sub(lambda m: _link_tag(m, rewriter), page)
    for attribute in URL_ATTRIBUTES:
        page = attribute.sub(lambda m: _attribute(m, rewriter), page)
    page = _drop_emptied(page)
    return StaticPage(page, rewriter.links)


def _list_item(match: re.Match, rewriter: LinkRewriter) -> str:
    """An item whose links all lead to missing pages (a menu entry, a "compare" link) goes;
    its words would only promise what the folder cannot give."""
    hrefs = [href for href in HREF.findall(match[0]) if not href.startswith("#")]
    if not hrefs or not all(rewriter.is_internal(href) for href in hrefs):
        return match[0]
    if any(rewriter.rewrite(href) is not None for href in hrefs):
        return match[0]
    return ""


def _anchor(match: re.Match, rewriter: LinkRewriter) -> str:
    attributes, content = match[1], match[2]
    found = HREF.search(attributes)
    if found is None:
        return match[0]
    rewritten = rewriter.rewrite(found[1])
    if rewritten is None:
        return content  # the words stay, the dead link goes
    # The attributes come first in the element, so the first such href is the link's own.
    return match[0].replace(found[0], f' href="{rewritten}"', 1)


def _link_tag(match: re.Match, rewriter: LinkRewriter) -> str:
    found = HREF.search(match[0])
    if found is not None and rewriter.rewrite(found[1]) is None:
        return ""
    return match[0]


def _attribute(match: re.Match, rewriter: LinkRewriter) -> str:
    """Every other href= and src= (styles, scripts, images): relative where it is ours."""
    value = match[1]
    if match.start() == 0 or not match.string[match.start() - 1].isspace():
        return match[0]  # the end of another attribute's name (data-src=...)
    if not value.startswith("/") and "://" not in value:
        return match[0]  # relative already, or rewritten by the passes above
    rewritten = rewriter.rewrite(value)
    if rewritten is None:
        return match[0]
    name = match[0].split("=", 1)[0]
    return f'{name}="{rewritten}"'


def _drop_emptied(page: str) -> str:
    """Lists left empty go, and navigation left without a link, then headings left with nothing
    under them (and references to their id, so that no aria-labelledby points at nothing)."""
    page = NAV_WITHOUT_LINK.sub("", EMPTY_LIST.sub("", page))
    # From the last to the first, so that earlier positions stay valid as text is cut out.
    for end in reversed(list(ORPHAN_HEADING_END.finditer(page))):
        start = page.rfind(f"<h{end[1]}", 0, end.start())
        if start < 0:
            continue
        opening = page[start : page.index(">", start) + 1]
        page = page[:start] + page[end.end() :]
        for dropped in ID.findall(opening):
            page = page.replace(f' aria-labelledby="{dropped}"', "")
    return page
