"""The scan folder: most counter scanners save into a folder, so the kiosk watches one.

Polling, not inotify/ReadDirectoryChangesW: it is the same code on Windows and Linux, works on network
shares where change notifications are unreliable, and a 0.25 s poll of one folder costs nothing. A file
counts as ready only when its size and modification time have not changed for ``settle_seconds`` — a
scanner writing a PDF over several seconds is never picked up half-written. An empty file is given
extra time (scanners often create the file first), then reported anyway so the operator hears about it.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", "~")
EMPTY_FILE_GRACE_SECONDS = 5.0


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


def archive(path: Path, outcome: str) -> Path:
    """Move a handled file into ``imported/`` or ``rejected/`` beside it, so nothing is lost or redone."""
    target_dir = path.parent / outcome
    target_dir.mkdir(exist_ok=True)
    target = target_dir / path.name
    counter = 1
    while target.exists():
        target = target_dir / f"{path.stem}-{counter}{path.suffix}"
        counter += 1
    shutil.move(str(path), target)
    return target
