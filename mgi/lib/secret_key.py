"""The secret key of a server run without MGI_SECRET_KEY: made once, kept in the data folder."""

import os
import secrets
from pathlib import Path

KEY_FILE = "secret-key"


def kept_secret_key(data_dir: Path) -> str:
    """Read the key kept in `data_dir`, making it first if there is none.

    Several processes may start at once: the key is written to a file of its own and linked
    into place, so every process reads the same whole key, never a half-written one.
    """
    path = data_dir / KEY_FILE
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        draft = data_dir / f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass  # another process was first; its key is the one
        finally:
            draft.unlink()
    key = path.read_text().strip()
    if len(key) < 32:
        raise ValueError(f"{path} holds no usable secret key: delete it to make a new one")
    return key
