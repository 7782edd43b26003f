"""Apps import one way only: an app may import the apps below it, never one above or beside it.

    lib -> frameworks -> places -> assessments -> results -> profiles -> operations -> search
        -> {portal, workspace, api, exports} -> demo

operations (serving, caching, limits, sign-in, backups, synthetic data) is infrastructure: it
reads the data apps below it and the apps that serve pages use it. search is the index that both
its own page and the API read, so it sits below them. The four apps of the top layer do not
import one another: what two of them share moves down. demo fills everything, so it sits on top.
Imports inside functions count too: they are how upward knots hide.
"""

import ast
from pathlib import Path

import mgi

MGI = Path(mgi.__file__).parent
LAYERS = [
    {"lib"},
    {"frameworks"},
    {"places"},
    {"assessments"},
    {"results"},
    {"profiles"},
    {"operations"},
    {"search"},
    {"portal", "workspace", "api", "exports"},
    {"demo"},
]
LEVEL = {app: level for level, apps in enumerate(LAYERS) for app in apps}

# HTTP caching of published data is used by the API and the downloads alike; it belongs with the
# other caching of public data in operations and is to move there.
ALLOWED = {("exports", "mgi.api.caching")}


def app_modules():
    for path in sorted(MGI.rglob("*.py")):
        relative = path.relative_to(MGI)
        if len(relative.parts) > 1 and "migrations" not in relative.parts:
            yield relative.parts[0], path


def imported_modules(tree: ast.AST):
    """Every absolute import, at module level or inside a function, with its line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "mgi":  # "from mgi import portal" names the app as a member
                for alias in node.names:
                    yield node.lineno, f"mgi.{alias.name}"
            else:
                yield node.lineno, node.module


def wrong_way_imports(app: str, source: str, name: str) -> list[str]:
    """`source`, the text of module `name` of `app`: its imports that point the wrong way."""
    found = []
    for line, module in imported_modules(ast.parse(source, name)):
        parts = module.split(".")
        if parts[0] != "mgi" or len(parts) < 2 or parts[1] not in LEVEL or parts[1] == app:
            continue
        target = parts[1]
        if LEVEL[target] < LEVEL[app]:
            continue
        if (app, ".".join(parts[:3])) in ALLOWED:
            continue
        where = "beside" if LEVEL[target] == LEVEL[app] else "above"
        found.append(f"{name}:{line}: {app} imports {module} ({target} is {where} it)")
    return found


def test_every_app_has_a_layer():
    apps = {path.parent.name for path in MGI.glob("*/apps.py")} | {"lib"}
    assert apps == set(LEVEL)


def test_no_app_imports_an_app_above_or_beside_it():
    found = [
        line
        for app, path in app_modules()
        for line in wrong_way_imports(app, path.read_text(), f"mgi/{path.relative_to(MGI)}")
    ]
    assert not found, "imports that point the wrong way:\n" + "\n".join(found)


def test_the_check_names_the_file_line_and_apps_of_an_import_inside_a_function():
    source = "import mgi.lib\n\n\ndef forget():\n    from mgi.portal.pdf_cache import forget\n"
    found = wrong_way_imports("profiles", source, "mgi/profiles/translating.py")
    assert found == [
        "mgi/profiles/translating.py:5: profiles imports mgi.portal.pdf_cache (portal is above it)"
    ]


def test_the_check_refuses_an_import_between_two_apps_of_the_top_layer():
    found = wrong_way_imports("api", "from mgi.portal import pages\n", "mgi/api/routes/x.py")
    assert found and "(portal is beside it)" in found[0]
