"""Fill the search index from published assessments: findings, answers, justifications, sources.

Only the newest published revision of a round is indexed, because search results link to the
round's profile page, which shows that revision. Drafts are never indexed.
"""

import html
import re
from collections.abc import Iterator

from django.db import transaction
from django.utils.html import strip_tags

from mgi.assessments.models import Answer, Assessment, Source
from mgi.lib.i18n_text import FALLBACK_LANGUAGE, pick
from mgi.lib.markdown import render_markdown
from mgi.profiles.anchors import evidence_anchor, finding_anchor
from mgi.profiles.models import Finding
from mgi.search.models import SearchEntry
from mgi.search.text import facet_words, index_words

BATCH = 2000


def domain_anchor(domain_slug: str) -> str:
    """The id of the domain's section on the profile page: where a text that has no element of
    its own on the page (an answer no finding cites, a source) is found."""
    return f"domain-{domain_slug}"


def index_assessment(assessment_id: int) -> int:
    """Replace the assessment's rows in the index; returns how many rows it now has there."""
    with transaction.atomic():
        SearchEntry.objects.filter(assessment_id=assessment_id).delete()
        assessment = (
            Assessment.objects.newest_revisions()
            .select_related("place", "framework", "profile")
            .filter(pk=assessment_id)
            .first()
        )
        if assessment is None:
            return 0
        # A correction replaces the revision it corrects in search results.
        SearchEntry.objects.filter(
            place_code=assessment.place.code, round_year=assessment.round_year
        ).exclude(assessment_id=assessment_id).delete()
        entries = list(assessment_entries(assessment))
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    return len(entries)


def index_if_published(assessment_id: int) -> None:
    """Index a published assessment; clear the rows of one that is not (or no longer) there."""
    if Assessment.objects.published().filter(pk=assessment_id).exists():
        index_assessment(assessment_id)
    else:
        SearchEntry.objects.filter(assessment_id=assessment_id).delete()


def index_newest_revision(place_id: int, round_year: int) -> None:
    newest = (
        Assessment.objects.newest_revisions()
        .filter(place_id=place_id, round_year=round_year)
        .first()
    )
    if newest is not None:
        index_assessment(newest.pk)


def assessments_to_index():
    return Assessment.objects.newest_revisions().order_by("pk").values_list("pk", flat=True)


def written_language(assessment: Assessment) -> str:
    """The language justifications and sources are written in: the profile's first language."""
    profile = getattr(assessment, "profile", None)
    title = profile.title if profile is not None else {}
    return next((language for language, text in (title or {}).items() if text), FALLBACK_LANGUAGE)


def assessment_entries(assessment: Assessment) -> Iterator[SearchEntry]:
    """Unsaved index rows for one assessment, in page order; a few queries whatever its size."""
    common = {
        "assessment": assessment,
        "place_code": assessment.place.code,
        "place_name": assessment.place.name,
        "place_kind": assessment.place.kind,
        "round_year": assessment.round_year,
        "framework_code": assessment.framework.code,
    }
    written_in = written_language(assessment)
    # The evidence of each indicator on the profile page: under the first finding citing it.
    evidence_of: dict[int, str] = {}
    yield from _finding_entries(assessment, common, evidence_of)
    domains_of_sources: dict[int, tuple[str, int]] = {}
    yield from _answer_entries(assessment, common, written_in, domains_of_sources, evidence_of)
    yield from _source_entries(assessment, common, written_in, domains_of_sources)


def _entry(common: dict, **fields) -> SearchEntry:
    facets = facet_words(
        {
            "place": common["place_code"],
            "place_kind": common["place_kind"],
            "round": common["round_year"],
            "framework": common["framework_code"],
            "domain": fields.get("domain_slug"),
            "language": fields["language"],
        }
    )
    return SearchEntry(**common, **fields, search_text=index_words(fields["text"]), facets=facets)


def _finding_entries(assessment, common, evidence_of: dict[int, str]) -> Iterator[SearchEntry]:
    findings = (
        Finding.objects.filter(assessment=assessment)
        .select_related("domain")
        .prefetch_related("indicators")
        .order_by("domain__number", "kind", "order", "pk")
    )
    positions: dict[tuple[int, str], int] = {}
    for finding in findings:
        # Numbered as the page lists them: within the domain and kind, in order.
        position = positions[(finding.domain_id, finding.kind)] = (
            positions.get((finding.domain_id, finding.kind), 0) + 1
        )
        anchor = finding_anchor(finding.domain.slug, finding.kind, position)
        for indicator in finding.indicators.all():
            evidence_of.setdefault(indicator.pk, evidence_anchor(anchor, indicator.code))
        for language, text in (finding.text or {}).items():
            if text and text.strip():
                yield _entry(
                    common,
                    kind=SearchEntry.Kind.FINDING,
                    object_id=finding.pk,
                    language=language,
                    domain_slug=finding.domain.slug,
                    domain_number=finding.domain.number,
                    anchor=anchor,
                    text=text,
                )


MARKDOWN_SIGNS = re.compile(r"[*_`#\[\]<>&\\|~]|^\s*([-+]|\d+\.)\s", re.MULTILINE)


def _plain_text(markdown: str) -> str:
    """The words a reader sees; most justifications have no Markdown and skip the renderer."""
    if not MARKDOWN_SIGNS.search(markdown):
        return " ".join(markdown.split())
    return html.unescape(strip_tags(render_markdown(markdown))).strip()


def _answer_entries(
    assessment, common, written_in, domains_of_sources, evidence_of
) -> Iterator[SearchEntry]:
    answers = (
        Answer.objects.filter(assessment=assessment)
        .select_related("indicator__area__domain", "option")
        .prefetch_related("sources")
        .order_by("indicator__order", "pk")
    )
    for answer in answers.iterator(chunk_size=BATCH):
        indicator = answer.indicator
        domain = indicator.area.domain
        where = {
            "domain_slug": domain.slug,
            "domain_number": domain.number,
            "indicator_code": indicator.code,
            # The indicator's evidence where a finding cites it; else only its domain shows.
            "anchor": evidence_of.get(indicator.pk, domain_anchor(domain.slug)),
            "object_id": answer.pk,
        }
        if answer.option is not None:
            for language, question in (indicator.question or {}).items():
                if question:
                    label = pick(answer.option.label, language)
                    text = f"{question}\n{label}"
                    yield _entry(
                        common, kind=SearchEntry.Kind.ANSWER, language=language, text=text, **where
                    )
        justification = _plain_text(answer.justification)
        if justification:
            yield _entry(
                common,
                kind=SearchEntry.Kind.JUSTIFICATION,
                language=written_in,
                text=justification,
                **where,
            )
        for source in answer.sources.all():
            # A source shows as evidence in the domain of the first answer that cites it.
            domains_of_sources.setdefault(source.pk, (domain.slug, domain.number))


def _source_entries(assessment, common, written_in, domains_of_sources) -> Iterator[SearchEntry]:
    for source in Source.objects.filter(assessment=assessment).order_by("pk"):
        text = "\n".join(part for part in (source.title, source.citation, source.url) if part)
        domain_slug, domain_number = domains_of_sources.get(source.pk, ("", None))
        yield _entry(
            common,
            kind=SearchEntry.Kind.SOURCE,
            object_id=source.pk,
            language=written_in,
            domain_slug=domain_slug,
            domain_number=domain_number,
            anchor=domain_anchor(domain_slug) if domain_slug else "",
            text=text,
        )
