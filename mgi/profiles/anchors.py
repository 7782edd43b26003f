"""The element ids of a profile page that other pages link to: a key finding and its evidence.

Written once here so that the page (portal) and the links into it (search) cannot disagree.
A finding is named by its place on the page, not by its database id, so that the address stays
the same on every revision of the profile that keeps the finding where it was.
"""


def finding_anchor(domain_slug: str, kind: str, position: int) -> str:
    """`finding-rights-well-developed-2`: the second well-developed finding of the domain."""
    return f"finding-{domain_slug}-{kind.replace('_', '-')}-{position}"


def evidence_anchor(finding: str, indicator_code: str) -> str:
    """The evidence of one indicator under a finding (the same indicator may back several)."""
    return f"{finding}-indicator-{indicator_code}"
