"""The one way a file reaches the disk: a power cut leaves the old content or the whole new one, never half.

Every file the kiosk writes whole — sealed documents, certificates, kept receipts, the form draft, the key
file, carried-sync bundles, a staged update, a database backup — goes through :func:`write_durably` (bytes
in memory) or :func:`replace_durably` (a temp file something else filled: SQLite's ``VACUUM INTO``, a
download streamed in chunks). The steps are the classic four: write a temp file in the SAME folder
(a rename is atomic only within one filesystem), fsync it, rename it over the target, fsync the folder
(without that last step the rename itself may be lost in a power cut, bringing the old file back).

Stdlib only and Qt-free, so every package may import it; the crash harness (tests/security/crash_driver.py)
kills a writer inside this module, which is why nothing else in the kiosk calls ``os.fsync`` for a file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temp_name(target: Path) -> Path:
    """Where the new content of ``target`` is written first: hidden, unique, in the same folder."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def is_temp_name(name: str) -> bool:
    """True for a temp file :func:`write_durably` left behind when the process died mid-write."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def write_durably(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path``: temp in the same folder → fsync → rename → fsync the folder.

    The folder is created if needed; on any failure the temp file is removed and the error raised (an
    ``OSError`` — the caller turns it into its own typed error)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_name(path)
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    replace_durably(temp, path, synced=True)
    return path


def replace_durably(temp: Path, path: Path, *, synced: bool = False) -> Path:
    """Move a filled ``temp`` file over ``path`` for good: fsync it (unless ``synced``), rename, fsync the
    folder. ``temp`` must be in ``path``'s folder; it is removed when the move fails."""
    try:
        if not synced:
            fsync_file(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)
    return path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(path: Path) -> None:
    """Make a rename or a new name in ``path`` durable. Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fsync_file(path)
