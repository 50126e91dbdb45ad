"""The scan folder: most counter scanners save into a folder, so the kiosk watches one.

Polling, not inotify/ReadDirectoryChangesW: it is the same code on Windows and Linux, works on network
shares where change notifications are unreliable, and a 0.25 s poll of one folder costs nothing. A file
counts as ready only when its size and modification time have not changed for ``settle_seconds`` — a
scanner writing a PDF over several seconds is never picked up half-written. An empty file is given
extra time (scanners often create the file first), then reported anyway so the operator hears about it.

What happens to a handled file: an imported original is removed once its sealed copy is durable (the
stored document is the kiosk's copy; a plaintext original left in the data folder would outlive every
retention rule). A refused file is moved to ``rejected/`` so the operator can see what was refused and
scan again, and is removed after ``REJECTED_KEEP_SECONDS``. Releases before this one moved originals to
``imported/`` forever: :func:`clear_plaintext_leftovers` empties it (run at start-up and by the watcher).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", "~")
EMPTY_FILE_GRACE_SECONDS = 5.0
REJECTED_KEEP_SECONDS = 24 * 3600.0  # a day to look at what was refused and scan it again
LEGACY_IMPORTED = "imported"  # where releases before 2026-12 left every original, in clear
REJECTED = "rejected"


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    stable_since: float


@dataclass
class ScanFolderWatcher:
    """Call :meth:`poll` repeatedly (the GUI from a timer, the CLI from :meth:`watch`)."""

    folder: Path
    settle_seconds: float = 0.4
    clock: Callable[[], float] = time.monotonic
    _seen: dict[Path, _Seen] = field(default_factory=dict)
    _reported: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def _candidates(self) -> Iterator[Path]:
        try:
            entries = list(self.folder.iterdir())
        except FileNotFoundError:
            return
        for path in entries:
            name = path.name
            if name.startswith(".") or name.lower().endswith(IGNORED_SUFFIXES):
                continue
            if path.is_file():
                yield path

    def poll(self) -> list[Path]:
        """Files that became ready since the last poll, oldest first."""
        now = self.clock()
        present: set[Path] = set()
        ready: list[tuple[int, Path]] = []
        for path in self._candidates():
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue  # moved away between listing and stat
            present.add(path)
            key = (stat.st_size, stat.st_mtime_ns)
            if self._reported.get(path) == key:
                continue
            seen = self._seen.get(path)
            if seen is None or (seen.size, seen.mtime_ns) != key:
                self._seen[path] = _Seen(stat.st_size, stat.st_mtime_ns, now)
                continue
            wait = self.settle_seconds if stat.st_size else max(self.settle_seconds, EMPTY_FILE_GRACE_SECONDS)
            if now - seen.stable_since >= wait:
                ready.append((stat.st_mtime_ns, path))
                self._reported[path] = key
                del self._seen[path]
        for gone in set(self._seen) - present:
            del self._seen[gone]
        for gone in set(self._reported) - present:
            del self._reported[gone]
        return [path for _, path in sorted(ready)]

    def watch(
        self, interval: float = 0.2, should_stop: Callable[[], bool] = lambda: False
    ) -> Iterator[Path]:
        """Yield ready files as they come until ``should_stop()`` says so."""
        self.folder.mkdir(parents=True, exist_ok=True)
        while not should_stop():
            yield from self.poll()
            time.sleep(interval)


def forget_original(path: Path) -> None:
    """Remove an imported original: call only after its sealed copy was written durably."""
    path.unlink(missing_ok=True)


def clear_plaintext_leftovers(inbox: Path, *, now: float | None = None) -> list[Path]:
    """Remove the originals old releases kept in ``imported/`` and refused files past their day; return them.

    Everything in ``imported/`` was stored (sealed) when it was moved there, so nothing is lost."""
    removed: list[Path] = []
    cutoff = (time.time() if now is None else now) - REJECTED_KEEP_SECONDS
    for sub, keep_after in ((LEGACY_IMPORTED, None), (REJECTED, cutoff)):
        folder = inbox / sub
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            try:
                if not path.is_file() or (keep_after is not None and path.stat().st_mtime > keep_after):
                    continue
                path.unlink()
            except OSError:
                continue  # in use (Windows) or gone: tried again at the next start
            removed.append(path)
        if sub == LEGACY_IMPORTED:
            shutil.rmtree(folder, ignore_errors=True)
    return removed


def archive(path: Path, outcome: str) -> Path:
    """Move a handled file into a folder beside it (``rejected/``), so it is not picked up again."""
    target_dir = path.parent / outcome
    target_dir.mkdir(exist_ok=True)
    target = target_dir / path.name
    counter = 1
    while target.exists():
        target = target_dir / f"{path.stem}-{counter}{path.suffix}"
        counter += 1
    shutil.move(str(path), target)
    return target
