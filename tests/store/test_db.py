"""Opening the database: the durability pragmas, and refusing writes to a damaged file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.domain.errors import DatabaseCorrupt
from kiosk.store.applications import Applications
from kiosk.store.db import Store, open_store
from kiosk.store.hub import Hub, load_hub, save_hub
from kiosk.store.migrations import STORE_MIGRATIONS


def test_pragmas(store: Store) -> None:
    q = lambda sql: store.query(sql)[0][0]  # noqa: E731
    assert q("PRAGMA journal_mode") == "wal"
    assert q("PRAGMA synchronous") == 2  # FULL
    assert q("PRAGMA foreign_keys") == 1
    assert q("PRAGMA busy_timeout") >= 1000


def test_migrations_recorded_one_per_step(store: Store) -> None:
    # in the order applied (the table's id); without ORDER BY SQLite reads them in name order, which differs
    # once a step numbered lower (0021_visits) is defined after a higher one (0023_dashboard_indexes)
    names = [r["name"] for r in store.query("SELECT name FROM _sqlite_migrations WHERE migration_set = 'kiosk.store' "
                                            "ORDER BY id")]
    # every registered step, in order; the released ones first (later issues append theirs)
    assert names == [m.name for m in STORE_MIGRATIONS._migrations]
    assert names[:15] == ["0001_initial", "0002_search", "0003_receipt_prints", "0004_sync",
                     "0005_outbox_streaks", "0006_document_tray", "0007_paper_copies", "0009_fewer_pages",
                     "0011_aadhaar_out_of_free_text", "0011_names_without_stray_joiners", "0013_delivery_channels",
                     "0014_appeals", "0014_more_documents",
                     "0015_payments", "0016_delivery_rows_without_rowid"]


def _fill(path: Path, store: Store, make_app, n: int = 20) -> None:
    apps = Applications(store)
    for _ in range(n):
        apps.save_new(make_app())
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def test_garbage_header_refuses_writes(db_path: Path, store: Store, make_app) -> None:
    _fill(db_path, store, make_app)
    with db_path.open("r+b") as fh:
        fh.write(b"this is not sqlite at all")
    s = open_store(db_path)
    assert not s.writable and s.corrupt_reason
    with pytest.raises(DatabaseCorrupt):
        save_hub(s, Hub("X", "x", "x", "1", "1"))
    s.close()


def test_truncated_file_refuses_writes(db_path: Path, store: Store, make_app) -> None:
    _fill(db_path, store, make_app, 200)
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:
        fh.truncate(size // 2)
    s = open_store(db_path)
    assert not s.writable
    with pytest.raises(DatabaseCorrupt):
        Applications(s).save_new(make_app())
    s.close()


def test_corrupted_pages_detected(db_path: Path, store: Store, make_app) -> None:
    _fill(db_path, store, make_app, 200)
    page = 4096
    with db_path.open("r+b") as fh:
        size = db_path.stat().st_size
        for offset in range(page * 3, size - page, page * 5):
            fh.seek(offset + 100)
            fh.write(os.urandom(400))
    s = open_store(db_path)
    assert not s.writable, "quick_check must notice scribbled pages"
    s.close()


def test_zero_byte_file_is_a_new_database(tmp_path: Path) -> None:
    p = tmp_path / "empty.sqlite3"
    p.write_bytes(b"")
    s = open_store(p)
    assert s.writable
    s.close()


def test_sound_database_reopens_with_data(db_path: Path, store: Store, make_app) -> None:
    _fill(db_path, store, make_app, 3)
    s = open_store(db_path)
    assert s.writable and Applications(s).count() == 3
    assert load_hub(s).code == "MH-TEST-0001"
    s.close()
