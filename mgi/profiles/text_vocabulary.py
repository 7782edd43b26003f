"""The fixed phrases of a published profile page, compared in canonical form."""


def canonical(line: str) -> str:
    """Lower case, straight apostrophes, single spaces, no trailing colon or full stop."""
    line = line.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-")
    return " ".join(line.casefold().split()).rstrip(":. ").strip()


BULLET_MARKS = "•●▪◦‣∙·○■-*–—"

ABOUT_HEADINGS = {"about the migration governance indicators", "about the mgi"}
KEY_FINDINGS_HEADINGS = {"key findings"}
INTRODUCTION_HEADINGS = {"introduction"}
TITLE_PREFIXES = ("migration governance profile:", "migration governance profile -")
# The page's instruction to readers, not part of the profile's content.
CHROME_LINES = {"click the icons on the wheel to explore the key findings"}
WELL_DEVELOPED_HEADINGS = ("examples of well-developed areas", "examples of well developed areas")
POTENTIAL_HEADINGS = ("areas with potential for further development",)

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
