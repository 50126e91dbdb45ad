"""The WAL is copied into the database file by the store's own thread beside the saves (issue 15): after a
pause, or after a run of commits without one; SQLite's own checkpoint inside a commit is only a backstop; and
the store's connection still closes last, so a clean stop folds the log in and removes it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from kiosk.store import checkpointer as cp
from kiosk.store.applications import Applications
from kiosk.store.checkpointer import BACKSTOP_PAGES, Checkpointer
from kiosk.store.db import Store, connect, open_store


def wait_for(condition, timeout: float = 10.0) -> bool:
    """Poll until ``condition()`` (the thread's work is asynchronous); False after ``timeout``."""
    done = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return True
        done.wait(0.02)
    return condition()


def test_a_pause_after_a_save_copies_the_log(store: Store, apps: Applications, make_app) -> None:
    assert store.query_tuples("PRAGMA wal_autocheckpoint", ()) == [(BACKSTOP_PAGES,)]
    assert store.checkpointer.runs == 0
    apps.save_new(make_app())
    assert wait_for(lambda: store.checkpointer.runs >= 1)
    # everything in the log is in the file now: a checkpoint from outside finds nothing left to copy
    other = connect(store.path)
    try:
        busy, logged, copied = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and logged == copied
    finally:
        other.close()
    assert store.checkpointer.failures == 0


def test_a_run_of_commits_without_a_pause_is_copied_too(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cp, "IDLE_S", 3600.0)  # no pause will ever count: only the run of commits can start it
    path = tmp_path / "log.sqlite3"
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t(x)")
    worker = Checkpointer(lambda: connect(path))
    try:
        for i in range(cp.EVERY_COMMITS - 1):
            conn.execute("INSERT INTO t VALUES (?)", (i,))
            worker.nudge()
        assert not wait_for(lambda: worker.runs > 0, timeout=0.3)
        conn.execute("INSERT INTO t VALUES (-1)")
        worker.nudge()
        assert wait_for(lambda: worker.runs == 1)
    finally:
        worker.close()
        conn.close()
    assert worker.failures == 0


def test_close_leaves_no_log_and_stops_the_thread(db_path: Path, catalogue_document: dict) -> None:
    from kiosk.store.catalogues import Catalogues

    store = open_store(db_path)
    Catalogues(store).install(catalogue_document)  # a commit: the thread starts
    assert wait_for(lambda: store.checkpointer.runs >= 1)
    thread = store.checkpointer._thread
    assert thread is not None and thread.is_alive()
    store.close()
    assert not thread.is_alive()
    assert not Path(f"{db_path}-wal").exists()
    assert os.path.getsize(db_path) > 0


def test_a_failing_copy_is_counted_and_the_store_goes_on(tmp_path: Path) -> None:
    def cannot_open() -> object:
        raise OSError("no connection for the checkpoint")

    worker = Checkpointer(cannot_open)
    try:
        worker.nudge()
        assert wait_for(lambda: worker.failures == 1)
        worker.nudge()
        assert wait_for(lambda: worker.failures == 2)
    finally:
        worker.close()
    assert worker.runs == 0
