"""The one durable write: temp in the same folder → fsync → rename → fsync the folder, nothing left behind."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from kiosk import durable
from kiosk.durable import is_temp_name, replace_durably, write_durably


class _RecordingOs:
    """Stands in for ``os`` inside kiosk.durable and notes the calls that make a write durable, in order."""

    def __init__(self, calls: list[tuple[str, str]]) -> None:
        self.calls = calls
        self._fds: dict[int, str] = {}

    def open(self, path: Any, flags: int) -> int:
        fd = os.open(path, flags)
        self._fds[fd] = str(path)
        return fd

    def fsync(self, fd: int) -> None:
        self.calls.append(("fsync", self._fds.get(fd, "file")))
        os.fsync(fd)

    def replace(self, src: Any, dst: Any) -> None:
        self.calls.append(("replace", str(dst)))
        os.replace(src, dst)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


def test_write_durably_fsyncs_the_file_then_renames_then_fsyncs_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(durable, "os", _RecordingOs(calls))
    target = tmp_path / "deep" / "file.bin"
    assert write_durably(target, b"first") == target
    assert [c[0] for c in calls] == ["fsync", "replace", "fsync"]
    assert calls[1] == ("replace", str(target)) and calls[2] == ("fsync", str(target.parent))
    write_durably(target, b"second")  # replaces the old content whole
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["file.bin"]  # no temp file left behind


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kept.json"
    write_durably(target, b"old")

    class _FullDisk(_RecordingOs):
        def fsync(self, fd: int) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(durable, "os", _FullDisk([]))
    with pytest.raises(OSError, match="No space"):
        write_durably(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]


def test_replace_durably_moves_a_filled_temp_file_in(tmp_path: Path) -> None:
    part = tmp_path / "package.deb.part"
    part.write_bytes(b"verified bytes")
    final = replace_durably(part, tmp_path / "package.deb")
    assert final.read_bytes() == b"verified bytes" and not part.exists()


def test_temp_names_are_hidden_and_recognised() -> None:
    name = durable.temp_name(Path("/x/abc")).name
    assert name.startswith(".abc.") and is_temp_name(name)
    assert not is_temp_name("abc") and not is_temp_name(".hidden")
