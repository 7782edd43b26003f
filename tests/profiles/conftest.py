from tests.workspace.conftest import cast, draft  # noqa: F401  (the workspace's cast)
