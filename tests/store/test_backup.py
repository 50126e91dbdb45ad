"""Backups are verified databases, rotated; restores are verified first and keep the old file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.errors import BackupError
from kiosk.store.applications import Applications
from kiosk.store.backup import backup_database, list_backups, restore_database, verify_backup
from kiosk.store.db import Store, open_store


def test_backup_while_in_use_then_restore(db_path: Path, store: Store, apps: Applications, make_app, tmp_path: Path) -> None:
    first = apps.save_new(make_app())
    info = backup_database(store, tmp_path / "usb")
    assert verify_backup(info.path) is None
    apps.save_new(make_app())  # after the backup
    store.close()
    aside = restore_database(info.path, db_path)
    assert aside is not None and aside.exists()
    s = open_store(db_path)
    assert [r.uuid for r in Applications(s).list()] == [first.uuid]
    s.close()


def test_rotation_keeps_newest(store: Store, tmp_path: Path) -> None:
    t0 = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(5):
        backup_database(store, tmp_path / "b", keep=3, now=t0 + timedelta(days=i))
    kept = list_backups(tmp_path / "b")
    assert len(kept) == 3 and "20261105" in kept[0].name and "20261103" in kept[-1].name


@pytest.mark.parametrize("content", [b"", b"garbage" * 100, None])
def test_bad_backups_are_refused_and_live_db_untouched(db_path: Path, store: Store, apps: Applications, make_app,
                                                       tmp_path: Path, content: bytes | None) -> None:
    apps.save_new(make_app())
    store.close()
    bad = tmp_path / "bad.sqlite3"
    if content is not None:
        bad.write_bytes(content)
    before = db_path.read_bytes()
    with pytest.raises(BackupError):
        restore_database(bad, db_path)
    assert db_path.read_bytes() == before


def test_truncated_backup_refused(store: Store, apps: Applications, make_app, tmp_path: Path) -> None:
    for _ in range(100):
        apps.save_new(make_app())
    info = backup_database(store, tmp_path / "b")
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) // 2])
    assert verify_backup(info.path) is not None


def test_non_kiosk_database_refused(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    assert "not a kiosk database" in (verify_backup(other) or "")
