"""A framework's domains and keyworded indicators, read from the database or straight from its file.

Reading a profile needs only this much, and a dry run must work before anything is loaded.
"""

from dataclasses import dataclass

from mgi.frameworks.files import FrameworkFile
from mgi.frameworks.matching import KeywordedIndicator
from mgi.frameworks.models import Framework
from mgi.lib.i18n_text import as_texts, pick


@dataclass(frozen=True)
class DomainOutline:
    number: int
    slug: str
    name: dict
    aliases: tuple[str, ...]
    summary: dict
    indicators: tuple[KeywordedIndicator, ...]

    def headings(self) -> list[str]:
        """Every heading that names this domain: its name in each language, then its aliases."""
        names = [self.name.get("en", "")] + [t for lang, t in self.name.items() if lang != "en"]
        return [name for name in names if name] + list(self.aliases)


@dataclass(frozen=True)
class FrameworkOutline:
    code: str
    version: str
    domains: tuple[DomainOutline, ...]

    def domain_headings(self) -> dict[int, list[str]]:
        return {domain.number: domain.headings() for domain in self.domains}

    def domain(self, number: int) -> DomainOutline:
        return next(domain for domain in self.domains if domain.number == number)

    def domain_dict(self, number: int, language: str) -> dict:
        domain = self.domain(number)
        return {
            "number": domain.number,
            "slug": domain.slug,
            "name": pick(domain.name, language),
            "summary": pick(domain.summary, language),
        }


def outline_from_file(parsed: FrameworkFile) -> FrameworkOutline:
    data = parsed.data
    return FrameworkOutline(
        code=data["code"],
        version=data["version"],
        domains=tuple(
            DomainOutline(
                number=d["number"],
                slug=d["slug"],
                name=as_texts(d["name"]),
                aliases=tuple(d.get("aliases", [])),
                summary=as_texts(d.get("summary")),
                indicators=tuple(
                    KeywordedIndicator(i["code"], tuple(i.get("keywords", [])))
                    for area in d["areas"]
                    for i in area["indicators"]
                ),
            )
            for d in data["domains"]
        ),
    )


def outline_from_db(framework: Framework) -> FrameworkOutline:
    indicators: dict[int, list[KeywordedIndicator]] = {}
    for code, keywords, domain_number in framework.indicators.values_list(
        "code", "keywords", "area__domain__number"
    ):
        indicators.setdefault(domain_number, []).append(KeywordedIndicator(code, tuple(keywords)))
    return FrameworkOutline(
        code=framework.code,
        version=framework.version,
        domains=tuple(
            DomainOutline(
                number=d.number,
                slug=d.slug,
                name=d.name,
                aliases=tuple(d.aliases),
                summary=d.summary,
                indicators=tuple(indicators.get(d.number, [])),
            )
            for d in framework.domains.order_by("number")
        ),
    )
