"""The README documents every setting and command a user can reach."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_environment_setting_is_in_the_readme():
    settings = (REPO / "mgi" / "settings.py").read_text()
    readme = (REPO / "README.md").read_text()

    names = set(re.findall(r'env\w+\("(MGI_[A-Z_]+)"', settings))

    assert names, "settings.py reads no MGI_ variables: the pattern above is out of date"
    assert sorted(name for name in names if f"`{name}`" not in readme) == []


def test_every_project_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text()
    commands = {
        path.stem
        for path in (REPO / "mgi").glob("*/management/commands/*.py")
        if not path.stem.startswith("_")
    }

    assert commands
    assert sorted(c for c in commands if f"`mgi {c}" not in readme) == []


def test_the_readme_opens_with_the_demo_and_test_commands():
    readme = (REPO / "README.md").read_text()

    first_block = re.search(r"```\n(.*?)```", readme, re.S)[1]
    assert first_block.strip().splitlines() == ["./scripts/demo", "./scripts/test"]
