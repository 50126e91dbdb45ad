"""Real small filesystems for disk-full tests: a tmpfs mount (needs root, as in the CI container)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    mount.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                       capture_output=True, text=True)
    assert r.returncode == 0, f"cannot mount a tmpfs for the disk-full test (needs root): {r.stderr}"
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def _write_until_full(path: Path, block: int) -> None:
    try:
        with path.open("wb") as fh:
            while True:
                fh.write(b"\0" * block)
                fh.flush()
    except OSError:
        pass


def fill(mount: Path) -> None:
    """Write zeros until the filesystem refuses (big blocks, then small ones so even a small write fails)."""
    _write_until_full(mount / "filler", 65536)
    _write_until_full(mount / "filler.tail", 512)


def free(mount: Path) -> None:
    """Give the space back."""
    for name in ("filler", "filler.tail"):
        (mount / name).unlink(missing_ok=True)
