"""A sealed folder for tests that store files outside a kiosk home (the composition root seals those)."""

from __future__ import annotations

import secrets
from pathlib import Path

from kiosk.sealed import SealedFolder
from kiosk.security.atrest import DataKeys, FileCipher


def sealed_folder(path: Path) -> SealedFolder:
    """``path`` sealed under a fresh random data key, with the real file cipher the kiosk uses."""
    return SealedFolder(path, FileCipher(DataKeys(current=secrets.token_bytes(32))))
