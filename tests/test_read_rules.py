"""What is public is decided once, by the assessments app: its queryset (`published()`,
`newest_revisions()`, `unpublished()`, `readable_by()`, `current_for()`), `is_published`, and its
services that create or publish rounds. Code elsewhere that names the published phase itself
(to filter on it, set it or compare with it) is a second copy of the rule, and may drift."""

import ast
from pathlib import Path

import mgi

MGI = Path(mgi.__file__).parent
RULES_APP = MGI / "assessments"


def names_the_published_phase(node: ast.AST) -> bool:
    """`Status.PUBLISHED`, however `Status` is reached, or the phase's value as text."""
    if isinstance(node, ast.Attribute) and node.attr == "PUBLISHED":
        return isinstance(node.value, ast.Attribute | ast.Name) and (
            getattr(node.value, "attr", None) == "Status"
            or getattr(node.value, "id", "") == "Status"
        )
    if isinstance(node, ast.keyword) and node.arg and node.arg.endswith("status"):
        value = node.value
        return isinstance(value, ast.Constant) and value.value == "published"
    return False


def copies_of_the_rule(source: str, name: str) -> list[str]:
    lines = {
        node.value.lineno if isinstance(node, ast.keyword) else node.lineno
        for node in ast.walk(ast.parse(source, name))
        if names_the_published_phase(node)
    }
    return [f"{name}:{line}" for line in sorted(lines)]


def test_no_code_outside_the_assessments_app_decides_what_is_published():
    found = []
    for path in sorted(MGI.rglob("*.py")):
        if path.is_relative_to(RULES_APP) or "migrations" in path.parts:
            continue
        found += copies_of_the_rule(path.read_text(), f"mgi/{path.relative_to(MGI)}")
    assert not found, (
        "use Assessment.objects.published() / newest_revisions() / unpublished() / "
        "readable_by(), assessment.is_published or a service of mgi.assessments:\n"
        + "\n".join(found)
    )


def test_the_scan_finds_a_filter_a_comparison_and_a_text_value():
    source = (
        "Assessment.objects.filter(status=Assessment.Status.PUBLISHED)\n"
        "published = assessment.status == Status.PUBLISHED\n"
        "Membership.objects.exclude(assessment__status='published')\n"
        "ApiToken.Scope.PUBLISHED\n"
    )
    assert copies_of_the_rule(source, "x.py") == ["x.py:1", "x.py:2", "x.py:3"]
