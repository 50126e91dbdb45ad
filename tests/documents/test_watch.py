"""The scan folder with real files: quick pickup, no half-written files, nothing reported twice."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from kiosk.documents.watch import ScanFolderWatcher, archive


def _poll_until(watcher: ScanFolderWatcher, timeout: float) -> tuple[list[Path], float]:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        ready = watcher.poll()
        if ready:
            return ready, time.monotonic() - start
        time.sleep(0.05)
    return [], timeout


def test_a_new_file_is_picked_up_as_soon_as_it_has_settled(tmp_path: Path) -> None:
    """The rule, on the watcher's own clock (no wall-clock assert: how fast that is in seconds is measured
    in tests/benchmarks/documents): seen, then ready on the first poll once unchanged for settle_seconds."""
    now = [100.0]
    watcher = ScanFolderWatcher(tmp_path, settle_seconds=0.4, clock=lambda: now[0])
    assert watcher.poll() == []
    (tmp_path / "scan0001.jpg").write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    assert watcher.poll() == []  # first sight
    now[0] += 0.39
    assert watcher.poll() == []  # not settled yet
    now[0] += 0.02
    assert watcher.poll() == [tmp_path / "scan0001.jpg"]
    now[0] += 5.0
    assert watcher.poll() == []  # reported once


def test_a_file_still_being_written_is_not_picked_up(tmp_path: Path) -> None:
    watcher = ScanFolderWatcher(tmp_path, settle_seconds=0.4)
    target = tmp_path / "slow-scanner.pdf"
    done = threading.Event()

    def slow_writer() -> None:
        with open(target, "wb") as handle:
            for _ in range(12):  # 1.2 s of writing in bursts
                handle.write(b"%PDF" + b"x" * 4096)
                handle.flush()
                time.sleep(0.1)
        done.set()

    thread = threading.Thread(target=slow_writer)
    thread.start()
    while not done.is_set():
        assert watcher.poll() == [], "picked up while the scanner was still writing"
        time.sleep(0.05)
    thread.join()
    ready, _ = _poll_until(watcher, 3.0)
    assert ready == [target] and target.stat().st_size == 12 * 4100


def test_temp_and_hidden_files_are_ignored(tmp_path: Path) -> None:
    watcher = ScanFolderWatcher(tmp_path, settle_seconds=0.1)
    for name in (".~lock.scan.pdf", "scan.pdf.part", "scan.tmp", "download.crdownload", "backup~"):
        (tmp_path / name).write_bytes(b"data")
    (tmp_path / "subfolder").mkdir()
    assert _poll_until(watcher, 0.6)[0] == []


def test_an_empty_file_waits_for_the_grace_period(tmp_path: Path) -> None:
    clock = [100.0]
    watcher = ScanFolderWatcher(tmp_path, settle_seconds=0.2, clock=lambda: clock[0])
    (tmp_path / "placeholder.jpg").write_bytes(b"")
    assert watcher.poll() == []
    clock[0] += 1.0
    assert watcher.poll() == []  # scanners create the file first and fill it later
    clock[0] += 5.0
    assert watcher.poll() == [tmp_path / "placeholder.jpg"]  # then it is reported (and will be refused)


def test_a_replaced_file_is_offered_again(tmp_path: Path) -> None:
    clock = [0.0]
    watcher = ScanFolderWatcher(tmp_path, settle_seconds=0.2, clock=lambda: clock[0])
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"first")
    watcher.poll()
    clock[0] += 0.3
    assert watcher.poll() == [path]
    path.write_bytes(b"second, longer")
    watcher.poll()
    clock[0] += 0.3
    assert watcher.poll() == [path]


def test_files_come_oldest_first_and_archive_moves_them(tmp_path: Path) -> None:
    clock = [0.0]
    watcher = ScanFolderWatcher(tmp_path, settle_seconds=0.2, clock=lambda: clock[0])
    for index, name in enumerate(("b.jpg", "a.jpg")):
        (tmp_path / name).write_bytes(b"x" * 10)
        os.utime(tmp_path / name, (1000 + index, 1000 + index))
    watcher.poll()
    clock[0] += 0.3
    ready = watcher.poll()
    assert [p.name for p in ready] == ["b.jpg", "a.jpg"]
    moved = archive(ready[0], "imported")
    assert moved == tmp_path / "imported" / "b.jpg" and moved.exists()
    (tmp_path / "b.jpg").write_bytes(b"again")
    assert archive(tmp_path / "b.jpg", "imported").name == "b-1.jpg"
    assert watcher.poll() == []  # the archive folders are not scanned


def test_missing_folder_is_quiet(tmp_path: Path) -> None:
    assert ScanFolderWatcher(tmp_path / "not-yet").poll() == []
