"""One sync pass at a time per data folder, across processes: the window and ``sync --watch`` (the
systemd unit or the scheduled task) may both run on a counter PC, and the engine's start-up rule (what is
``in_flight`` was interrupted) is only true when no other process is mid-pass on the same outbox.

An OS file lock (``fcntl.flock`` / ``msvcrt.locking``) is released by the OS when its process dies, so a
killed watcher never leaves the folder locked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def pass_lock(path: Path) -> Iterator[bool]:
    """Yields True while this process holds the lock, False (at once, no waiting) if another one does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        held = _try_lock(fd)
        try:
            yield held
        finally:
            if held:
                _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
