"""Markup lives in templates: no module of the platform writes HTML elements in Python strings."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mgi"
ELEMENT = re.compile(
    r"<(a|p|div|span|li|ul|ol|dl|dt|dd|table|tr|td|th|thead|tbody|caption|option|select|input|"
    r"label|button|form|mark|strong|em|b|i|code|cite|details|summary|svg|rect|path|text|title|"
    r"figure|figcaption|section|article|nav|header|footer|h[1-6]|br|img|time|small)\b[^<>]*>",
    re.I,
)
VOID = {"br", "img", "input"}


def _writes_markup(text: str) -> bool:
    """An element with attributes, a closed one, or a void one: not a placeholder such as
    "national: <code>" in a message."""
    for found in ELEMENT.finditer(text):
        name = found[1].lower()
        if "=" in found[0] or name in VOID or f"</{name}" in text.lower():
            return True
    return False


def _strings_outside_patterns_and_docstrings(tree: ast.AST):
    """String constants, f-strings' literal parts included, except docstrings, descriptions
    (an API field's) and the patterns given to `re`, which read markup rather than write it."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skipped.add(id(body[0].value))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
        ):
            skipped.update(id(child) for child in ast.walk(node))
        if isinstance(node, ast.keyword) and node.arg == "description":
            skipped.add(id(node.value))
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in skipped:
            yield node


def test_no_module_writes_html_elements_in_python_strings():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _strings_outside_patterns_and_docstrings(tree):
            if _writes_markup(node.value):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:60]!r}")
    assert found == []
