"""Parse a published profile page pasted as text (the form of the Migration Data Portal page)."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from mgi.profiles.local_text import LocalTitle, competences_heading_languages, parse_local_title
from mgi.profiles.text_vocabulary import (
    ABOUT_HEADINGS,
    BACKGROUND_HEADINGS,
    BULLET_MARKS,
    CHROME_LINES,
    INTRODUCTION_HEADINGS,
    KEY_FINDINGS_HEADINGS,
    LANGUAGES,
    MONTHS,
    POTENTIAL_HEADINGS,
    TITLE_PREFIXES,
    VOCABULARY_BY_LANGUAGE,
    WELL_DEVELOPED_HEADINGS,
    canonical,
    page_language,
)

WELL_DEVELOPED = "well_developed"
POTENTIAL = "potential"


class ProfileTextError(ValueError):
    """The text cannot be read as a profile; `line` is 1-based, 0 for the file as a whole."""

    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


@dataclass
class ParsedFinding:
    text: str
    line: int


@dataclass
class ParsedDomain:
    number: int
    heading: str
    line: int
    summary: str = ""
    well_developed: list[ParsedFinding] = field(default_factory=list)
    potential: list[ParsedFinding] = field(default_factory=list)


@dataclass
class ParsedProfile:
    title: str = ""
    title_line: int = 0
    place_name: str = ""
    year: int | None = None
    month: int | None = None
    language: str = "en"
    introduction: str = ""
    # The background paragraphs a portal page opens with, before the six domains.
    about: str = ""
    domains: list[ParsedDomain] = field(default_factory=list)
    # A local profile's title parts (None for a national one) and its competences section.
    local: LocalTitle | None = None
    competences: str = ""

    def finding_count(self) -> int:
        return sum(len(d.well_developed) + len(d.potential) for d in self.domains)


# Characters that pasted web text carries in place of plain spaces, or invisibly.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2009\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# "2019 December", "December 2019", "diciembre de 2019", "décembre 2019" (in canonical form).
_DATE = re.compile(r"^(?:(\d{4})[ ,]+([^\W\d]+)|([^\W\d]+)(?: de)?[ ,]+(\d{4}))\.?$")
# A title: the fixed words, a colon (French puts a space before it) or a dash, then the place.
_TITLE = re.compile(r"^(.*?)\s*(?::|\s[-\u2013\u2014])\s*(.*)$")


def decode_profile_bytes(raw: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); binary data is refused with its line."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ProfileTextError(line, "the file holds binary data (a NUL byte), not profile text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ProfileTextError(
            line,
            f"not UTF-8 text (byte {error.start} is 0x{raw[error.start]:02x}); "
            "save the file as UTF-8",
        ) from None


def _clean_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.translate(_SPACES).translate(_INVISIBLE)
        bad = next((ch for ch in line if unicodedata.category(ch) == "Cc"), None)
        if bad is not None:
            raise ProfileTextError(
                number, f"control character U+{ord(bad):04X}: is this a binary file?"
            )
        lines.append(" ".join(line.split()))
    return lines


def _bullet_text(line: str) -> str | None:
    """The finding after a bullet mark, or None if the line has no bullet."""
    if line and line[0] in BULLET_MARKS:
        rest = line[1:]
        # "-" and "*" need a space after them, so that "-5%" or "*note" are not bullets.
        if line[0] in "-*" and not rest.startswith(" "):
            return None
        return rest.strip()
    return None


class _Parser:
    def __init__(self, domain_names: dict[int, list[str]]):
        self.domain_by_heading = {
            canonical(name): number for number, names in domain_names.items() for name in names
        }
        self.domain_labels = [names[0] for _, names in sorted(domain_names.items())]
        self.profile = ParsedProfile()
        self.section = "start"
        self.about_domain: ParsedDomain | None = None
        self.domain: ParsedDomain | None = None
        self.list_name: str | None = None
        self.last_finding: ParsedFinding | None = None
        self.intro_paragraphs: list[list[str]] = []
        self.background_paragraphs: list[list[str]] = []
        self.competences_paragraphs: list[list[str]] = []
        self.about: dict[int, list[str]] = {}
        # Messages quote headings in the page's language (English until the page is read).
        self.words = VOCABULARY_BY_LANGUAGE["en"]
        # Each fixed phrase read votes for the languages that use it; see _language().
        self.language_votes: Counter[str] = Counter()
        self.title_language: str | None = None
        self.key_findings_heading = "Key findings"

    def parse(self, lines: list[str]) -> ParsedProfile:
        self.words = VOCABULARY_BY_LANGUAGE[page_language([canonical(line) for line in lines])]
        previous_blank = True
        for number, line in enumerate(lines, start=1):
            if line.startswith("#"):
                continue
            if not line:
                previous_blank = True
                self.last_finding = None
                continue
            self._line(number, line, previous_blank)
            previous_blank = False
        return self._finish(len(lines))

    def _vote(self, languages) -> None:
        self.language_votes.update(languages)

    def _line(self, number: int, line: str, previous_blank: bool) -> None:
        key = canonical(line)
        if key in CHROME_LINES:
            self._vote(CHROME_LINES[key])
            return
        if self._title(number, line) or self._date(number, line, key):
            self.list_name = None
            return
        if key in ABOUT_HEADINGS or key in BACKGROUND_HEADINGS:
            self._vote(ABOUT_HEADINGS.get(key) or BACKGROUND_HEADINGS[key])
            self.section, self.list_name = "about", None
            return
        if key in KEY_FINDINGS_HEADINGS:
            self._vote(KEY_FINDINGS_HEADINGS[key])
            self.section, self.list_name = "key_findings", None
            self.key_findings_heading = line.rstrip(" :")
            return
        competences_languages = competences_heading_languages(key)
        if competences_languages and self.section in ("start", "about", "key_findings", "intro"):
            self._vote(competences_languages)
            self.section, self.list_name = "competences", None
            return
        if key in INTRODUCTION_HEADINGS and self.section in (
            "start",
            "key_findings",
            "about",
            "competences",
        ):
            self._vote(INTRODUCTION_HEADINGS[key])
            self.section = "intro"
            return
        domain_number = self.domain_by_heading.get(key)
        if self.section == "about":
            self._about_line(number, line, domain_number, previous_blank)
        elif domain_number is not None:
            self._start_domain(number, line, domain_number)
        elif self.section == "competences":
            self._competences_line(number, line, previous_blank)
        elif self.section == "key_findings":
            raise ProfileTextError(
                number,
                f"unknown domain {line!r} after {self.key_findings_heading!r}; expected "
                f"{self.words.introduction[0]!r} or one of: " + ", ".join(self.domain_labels),
            )
        elif self.section == "domain":
            self._domain_line(number, line, key, previous_blank)
        elif _bullet_text(line) is not None:
            raise ProfileTextError(number, "a bullet point comes before any domain's key findings")
        elif self.section == "intro":
            if previous_blank or not self.intro_paragraphs:
                self.intro_paragraphs.append([])
            self.intro_paragraphs[-1].append(line)
        else:
            raise ProfileTextError(
                number,
                f"unexpected text {line[:60]!r}: a profile starts with "
                f"{self.words.background[0]!r}, {self.words.about[0]!r}, "
                f"{self.words.key_findings[0]!r} or its title",
            )

    def _title(self, number: int, line: str) -> bool:
        match = _TITLE.match(line)
        languages = TITLE_PREFIXES.get(canonical(match[1])) if match else None
        if languages is None:
            return self._local_title(number, line)
        place = match[2].strip(" :")
        if not place:
            raise ProfileTextError(number, "the title names no place")
        self._set_title(number, line, place, languages)
        return True

    def _local_title(self, number: int, line: str) -> bool:
        local = parse_local_title(line)
        if local is None:
            return False
        if not local.name:
            raise ProfileTextError(number, "the title names no local place")
        self._set_title(number, line, local.country, local.languages)
        self.profile.local = local
        return True

    def _set_title(self, number: int, line: str, place: str, languages) -> None:
        if self.profile.title and self.profile.title != line:
            raise ProfileTextError(
                number,
                f"a second, different title (the first is on line {self.profile.title_line})",
            )
        self.profile.title, self.profile.title_line, self.profile.place_name = line, number, place
        self._vote(languages)
        self.title_language = min(languages, key=LANGUAGES.index)

    def _competences_line(self, number: int, line: str, previous_blank: bool) -> None:
        """Paragraphs; each bullet point starts one, and a wrapped line joins the one above."""
        bullet = _bullet_text(line)
        if bullet == "":
            raise ProfileTextError(number, "an empty bullet point in the competences")
        if bullet is not None or previous_blank or not self.competences_paragraphs:
            self.competences_paragraphs.append([])
        self.competences_paragraphs[-1].append(line if bullet is None else bullet)

    def _date(self, number: int, line: str, key: str) -> bool:
        match = _DATE.match(key)
        if not match:
            return False
        year, month_name = (match[1], match[2]) if match[1] else (match[4], match[3])
        if month_name not in MONTHS:
            return False
        month, languages = MONTHS[month_name]
        self._vote(languages)
        if self.profile.year and (self.profile.year, self.profile.month) != (int(year), month):
            raise ProfileTextError(number, f"a second, different date {line!r}")
        self.profile.year, self.profile.month = int(year), month
        return True

    def _about_line(
        self, number: int, line: str, domain_number: int | None, previous_blank: bool
    ) -> None:
        if domain_number is not None:
            self.about_domain = domain_number
            self.about.setdefault(domain_number, [])
        elif _bullet_text(line) is not None:
            raise ProfileTextError(number, "a bullet point comes before any domain's key findings")
        elif self.about_domain is not None:
            self.about[self.about_domain].append(line)
        else:
            # The background paragraphs a portal page opens with, before the first domain.
            if previous_blank or not self.background_paragraphs:
                self.background_paragraphs.append([])
            self.background_paragraphs[-1].append(line)

    def _start_domain(self, number: int, line: str, domain_number: int) -> None:
        earlier = next((d for d in self.profile.domains if d.number == domain_number), None)
        if earlier:
            raise ProfileTextError(
                number,
                f"domain {line!r} appears twice (its key findings start on line {earlier.line})",
            )
        self.domain = ParsedDomain(number=domain_number, heading=line, line=number)
        self.profile.domains.append(self.domain)
        self.section, self.list_name = "domain", None

    def _domain_line(self, number: int, line: str, key: str, previous_blank: bool) -> None:
        bullet = _bullet_text(line)
        list_name, languages = _list_heading(key) if bullet is None else (None, None)
        if list_name:
            self._vote(languages)
            if getattr(self.domain, list_name):
                raise ProfileTextError(
                    number, f"a second {line!r} heading in domain {self.domain.heading!r}"
                )
            self.list_name = list_name
            return
        if self.list_name is None:
            raise ProfileTextError(
                number,
                f"{line[:60]!r} in domain {self.domain.heading!r} comes before its "
                f"{self.words.well_developed[0]!r} or {self.words.potential[0]!r} heading",
            )
        if bullet is None and not previous_blank and self.last_finding is not None:
            # A finding wrapped onto the next line when it was pasted.
            self.last_finding.text = f"{self.last_finding.text} {line}"
            return
        text = line if bullet is None else bullet
        if not text:
            raise ProfileTextError(number, "an empty bullet point")
        self.last_finding = ParsedFinding(text=text, line=number)
        getattr(self.domain, self.list_name).append(self.last_finding)

    def _finish(self, line_count: int) -> ParsedProfile:
        end = line_count or 1
        profile = self.profile
        if (
            not any(line for line in self.intro_paragraphs)
            and not profile.domains
            and not (profile.title)
        ):
            if self.background_paragraphs or self.about:
                raise ProfileTextError(
                    end,
                    "no key findings: the file holds only the page's "
                    f"{self.words.about[0]!r} part (its background and the six domains); "
                    f"paste the whole page, with its {self.words.key_findings[0]!r} and its "
                    "title",
                )
            raise ProfileTextError(1, "the file is empty: no title, introduction or key findings")
        if not profile.title:
            raise ProfileTextError(end, f"no title line such as {self.words.title_example!r}")
        if not profile.domains:
            raise ProfileTextError(
                end,
                f"no key findings: no domain heading after {self.words.key_findings[0]!r} "
                "was found",
            )
        for domain in profile.domains:
            if not domain.well_developed and not domain.potential:
                raise ProfileTextError(domain.line, f"domain {domain.heading!r} lists no findings")
            domain.summary = " ".join(self.about.get(domain.number, []))
        profile.introduction = "\n\n".join(" ".join(p) for p in self.intro_paragraphs)
        profile.about = "\n\n".join(" ".join(p) for p in self.background_paragraphs)
        profile.competences = "\n\n".join(
            " ".join(p) for p in self.competences_paragraphs if any(p)
        )
        profile.domains.sort(key=lambda d: d.number)
        profile.language = self._language()
        return profile

    def _language(self) -> str:
        """The language most of the page's fixed phrases are in; on a tie, the title's."""
        ranked = sorted(
            self.language_votes.items(),
            key=lambda item: (-item[1], item[0] != self.title_language, LANGUAGES.index(item[0])),
        )
        return ranked[0][0] if ranked else (self.title_language or LANGUAGES[0])


def _list_heading(key: str) -> tuple[str | None, frozenset[str] | None]:
    """Which finding list a heading opens, and the languages its wording belongs to."""
    stripped = key.rstrip(": ")
    for heading, languages in WELL_DEVELOPED_HEADINGS.items():
        if stripped.endswith(heading):
            return WELL_DEVELOPED, languages
    for heading, languages in POTENTIAL_HEADINGS.items():
        if stripped.startswith(heading):
            return POTENTIAL, languages
    return None, None


def parse_profile_text(text: str, domain_names: dict[int, list[str]]) -> ParsedProfile:
    """Read profile text; `domain_names` maps each domain number to the headings that mean it."""
    return _Parser(domain_names).parse(_clean_lines(text))


def parse_profile_bytes(raw: bytes, domain_names: dict[int, list[str]]) -> ParsedProfile:
    if not raw.strip():
        raise ProfileTextError(1, "the file is empty")
    return parse_profile_text(decode_profile_bytes(raw), domain_names)
