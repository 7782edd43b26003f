"""What a search result says and where it leads: titled by what it found, linked to that spot.

A key finding is titled by its text and leads to it on the profile page. An answer or its
justification is titled by the indicator's code and question and leads to the indicator's page,
which shows it in every published profile, with a second link to its evidence on the profile
when a finding there cites it (otherwise the profile does not show the indicator at all).
A source is titled by its title and leads to the domain it backs.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from mgi.frameworks.models import Indicator
from mgi.lib.i18n_text import pick
from mgi.places.names import place_name
from mgi.search.models import SearchEntry
from mgi.search.text import Snippet

INDICATOR_KINDS = (SearchEntry.Kind.ANSWER, SearchEntry.Kind.JUSTIFICATION)


@dataclass(frozen=True)
class SearchHit:
    entry: SearchEntry
    snippet: Snippet
    # The profile page at the text's spot, in the text's language (what the API gives).
    url: str
    domain_name: str
    title: str = ""
    # Set when the title is in another language than the page (a finding's own text).
    title_language: str = ""
    place_name: str = ""
    # Where the title leads: the finding on the profile, or the indicator on its own page.
    target: str = ""
    # An answer's evidence on the profile, when a finding there cites the indicator.
    evidence_url: str = ""
    # An answer's option ("Complete"): the rest of its text is the question, in the title.
    answer: str = ""

    def to_dict(self) -> dict:
        entry = self.entry
        return {
            "kind": entry.kind,
            "assessment": entry.assessment_id,
            "place": {"code": entry.place_code, "name": entry.place_name, "kind": entry.place_kind},
            "round": entry.round_year,
            "framework": entry.framework_code,
            "domain": entry.domain_slug or None,
            "indicator": entry.indicator_code or None,
            "language": entry.language,
            "snippet": self.snippet.text,
            "snippet_html": str(self.snippet.html),
            "url": self.url,
        }


def profile_url(place_code: str, round_year: int, language: str, anchor: str) -> str:
    """The profile page in the language the text is in, scrolled to the text."""
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE  # a text in a language the site has no pages in
    with translation.override(language):
        url = reverse("profile", args=[place_code.lower(), round_year])
    return f"{url}#{anchor}" if anchor else url


def indicator_row_anchor(place_code: str, round_year: int) -> str:
    """The id of one profile's row on an indicator's page (see portal/indicator.html)."""
    return f"profile-{place_code.lower()}-{round_year}"


def indicator_url(
    framework_code: str, indicator_code: str, place_code: str, round_year: int
) -> str:
    """The indicator's page in the reader's language, at the row of the profile found."""
    url = reverse("indicator", args=[framework_code, indicator_code])
    return f"{url}#{indicator_row_anchor(place_code, round_year)}"


def describe_hits(entries: list[SearchEntry], snippets: list[Snippet], domain_names: dict) -> list:
    """One SearchHit per entry, titled and linked; one query for the indicators' questions."""
    questions = _questions(entries)
    hits = []
    for entry, found in zip(entries, snippets, strict=True):
        url = profile_url(entry.place_code, entry.round_year, entry.language, entry.anchor)
        common = {
            "entry": entry,
            "snippet": found,
            "url": url,
            "domain_name": domain_names.get((entry.framework_code, entry.domain_slug), ""),
            "place_name": place_name(
                {"code": entry.place_code, "name": entry.place_name, "kind": entry.place_kind}
            ),
        }
        if entry.kind in INDICATOR_KINDS and entry.indicator_code:
            question = questions.get((entry.framework_code, entry.indicator_code), "")
            on_evidence = entry.anchor.startswith("finding-")
            hit = SearchHit(
                **common,
                title=f"{entry.indicator_code} {question}".strip(),
                target=indicator_url(
                    entry.framework_code, entry.indicator_code, entry.place_code, entry.round_year
                ),
                evidence_url=url if on_evidence else "",
                answer=_option_label(entry),
            )
        elif entry.kind == SearchEntry.Kind.FINDING:
            # The snippet is the title: the finding's text, whole unless long, matches marked.
            hit = SearchHit(
                **common,
                title=found.text,
                title_language=entry.language,
                target=url,
            )
        else:
            title = entry.text.split("\n", 1)[0]
            hit = SearchHit(**common, title=title, title_language=entry.language, target=url)
        hits.append(hit)
    return hits


def _option_label(entry: SearchEntry) -> str:
    """An answer row's text is its question, a line break, and the option chosen."""
    if entry.kind != SearchEntry.Kind.ANSWER:
        return ""
    return entry.text.rsplit("\n", 1)[-1] if "\n" in entry.text else ""


def _questions(entries: list[SearchEntry]) -> dict[tuple[str, str], str]:
    """(framework, code) -> the question in the active language, from the newest version."""
    wanted = {(e.framework_code, e.indicator_code) for e in entries if e.kind in INDICATOR_KINDS}
    if not wanted:
        return {}
    rows = (
        Indicator.objects.filter(
            framework__code__in={framework for framework, _code in wanted},
            code__in={code for _framework, code in wanted},
        )
        .order_by("framework__loaded_at")
        .values_list("framework__code", "code", "question")
    )
    # Later versions come last and replace earlier ones.
    return {(framework, code): pick(question) for framework, code, question in rows}
