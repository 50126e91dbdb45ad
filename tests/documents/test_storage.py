"""Content-addressed storage on a real folder: durable, idempotent, self-checking, orphan-collecting."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from kiosk.documents.storage import (
    collect_orphans,
    document_path,
    has_document,
    iter_stored,
    read_document,
    store_document,
)
from kiosk.domain.errors import StorageError
from kiosk.sealed import FolderNotSealed, SealedFolder
from tests.sealing import sealed_folder


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_store_names_the_file_by_its_hash(tmp_path: Path) -> None:
    folder = sealed_folder(tmp_path)
    data = b"%PDF-1.4 pretend document"
    sha = store_document(folder, data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert document_path(tmp_path, sha) == tmp_path / sha[:2] / sha
    assert read_document(folder, sha) == data and has_document(tmp_path, sha)
    assert list(tmp_path.rglob(".*")) == []  # no temp file left behind


def test_storing_the_same_bytes_twice_keeps_one_file(tmp_path: Path) -> None:
    folder = sealed_folder(tmp_path)
    first = store_document(folder, b"same")
    mtime = document_path(tmp_path, first).stat().st_mtime_ns
    assert store_document(folder, b"same") == first
    assert document_path(tmp_path, first).stat().st_mtime_ns == mtime
    assert [sha for sha, _ in iter_stored(tmp_path)] == [first]


def test_a_damaged_file_is_detected_and_repaired_by_storing_again(tmp_path: Path) -> None:
    folder = sealed_folder(tmp_path)
    sha = store_document(folder, b"original bytes")
    document_path(tmp_path, sha).write_bytes(b"bit rot happened")
    with pytest.raises(StorageError, match="damaged"):
        read_document(folder, sha)
    assert store_document(folder, b"original bytes") == sha
    assert read_document(folder, sha) == b"original bytes"


def test_missing_and_malformed_names(tmp_path: Path) -> None:
    folder = sealed_folder(tmp_path)
    with pytest.raises(StorageError, match="missing"):
        read_document(folder, "a" * 64)
    for bad in ("../../etc/passwd", "A" * 64, "abc", "g" * 64):
        with pytest.raises(StorageError):
            document_path(tmp_path, bad)


def test_unwritable_folder_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "documents"
    blocker.write_bytes(b"a file where the folder should be")
    with pytest.raises(StorageError):
        store_document(sealed_folder(blocker), b"data")


def test_orphans_older_than_the_grace_period_are_collected(tmp_path: Path) -> None:
    folder = sealed_folder(tmp_path)
    kept = store_document(folder, b"referenced by a committed row")
    orphan = store_document(folder, b"written, but the transaction never committed")
    fresh = store_document(folder, b"being saved right now")
    for sha in (kept, orphan):
        _age(document_path(tmp_path, sha), 7200)
    stale_temp = tmp_path / orphan[:2] / f".incoming-{orphan[:16]}-dead"
    stale_temp.write_bytes(b"half a file from a crash")
    _age(stale_temp, 7200)
    stranger = tmp_path / "README.txt"
    stranger.write_text("not ours")

    removed = collect_orphans(tmp_path, {kept}, older_than_seconds=3600)

    assert set(removed) == {orphan, stale_temp.name}
    assert has_document(tmp_path, kept) and has_document(tmp_path, fresh)
    assert not has_document(tmp_path, orphan) and not stale_temp.exists()
    assert stranger.exists()


def test_collect_orphans_on_a_missing_folder(tmp_path: Path) -> None:
    assert collect_orphans(tmp_path / "nope", set(), 0) == []


def test_a_folder_without_a_cipher_refuses_to_write_or_read(tmp_path: Path) -> None:
    """Fail closed: no data key unlocked means no document is written (in clear or otherwise) nor read."""
    locked = SealedFolder(tmp_path)
    with pytest.raises(FolderNotSealed):
        store_document(locked, b"a scan of a ration card")
    assert list(tmp_path.rglob("*")) == []  # not even a shard folder or a temp file
    sha = store_document(sealed_folder(tmp_path), b"sealed under some key")
    with pytest.raises(FolderNotSealed):
        read_document(locked, sha)


def test_stored_files_are_sealed_not_plain(tmp_path: Path) -> None:
    from kiosk.security.atrest import FILE_MAGIC

    data = b"%PDF-1.4 Kshirsagar"
    sha = store_document(sealed_folder(tmp_path), data)
    raw = document_path(tmp_path, sha).read_bytes()
    assert raw.startswith(FILE_MAGIC) and b"Kshirsagar" not in raw
