"""Step 0024 (issue 15): a save notes its application in the search index's backlog instead of writing the
FTS5 segment in its own commit; the backlog is indexed in batches, before every search — so a search still
finds what was just saved, and FTS5's own integrity check agrees with the index at every step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from kiosk.domain.application import Application
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.intake import take_application
from kiosk.domain.status import Status
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.hub import save_hub
from kiosk.store.migrations import STORE_MIGRATIONS
from kiosk.store.search import search_applications
from kiosk.store.search_backlog import backlog_size, index_backlog
from tests.forms import income_form

from .conftest import HUB, NOW
from .saved_before import copy_saves


def check_index(store: Store) -> None:
    """FTS5 compares its index with what the view ``applications_search`` says it should hold."""
    store.conn.execute("INSERT INTO applications_fts(applications_fts) VALUES ('integrity-check')")


def in_index(store: Store, text: str) -> list[int]:
    return [r[0] for r in store.query_tuples(
        "SELECT rowid FROM applications_fts WHERE applications_fts MATCH ? ORDER BY rowid", (f'"{text}"',))]


def test_a_save_waits_in_the_backlog_and_a_search_finds_it(store: Store, apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    assert backlog_size(store) == 1 and in_index(store, "Kshirsagar") == []
    check_index(store)  # the backlog's row is not owed to the index yet
    assert [s.uuid for s in search_applications(store, "क्षीरसागर")] == [saved.uuid]
    assert backlog_size(store) == 0 and len(in_index(store, "Kshirsagar")) == 1
    check_index(store)
    assert index_backlog(store) == 0  # nothing left: one page read


def test_changes_before_the_batch_are_indexed_as_they_are_then(store: Store, apps: Applications, make_app) -> None:
    first = apps.save_new(make_app())
    # a corrected name and a portal number while the row is still in the backlog: no index entry to remove
    with store.write() as conn:
        conn.execute("UPDATE applicants SET surname_en = 'Jadhav' WHERE application_uuid = ?", (first.uuid,))
    apps.set_status(first.uuid, Status.SUBMITTED, source="portal", portal_number="AS5550001111")
    check_index(store)
    assert [s.uuid for s in search_applications(store, "Jadhav")] == [first.uuid]
    assert search_applications(store, "Kshirsagar") == []
    assert [s.uuid for s in search_applications(store, "AS555000")] == [first.uuid]
    # once indexed, a change replaces the entry as before
    with store.write() as conn:
        conn.execute("UPDATE applicants SET surname_en = 'Pawar' WHERE application_uuid = ?", (first.uuid,))
    check_index(store)
    assert [s.uuid for s in search_applications(store, "Pawar")] == [first.uuid]
    assert search_applications(store, "Jadhav") == []


def test_a_deleted_application_leaves_neither_backlog_nor_entry(store: Store, apps: Applications,
                                                                 make_app) -> None:
    waiting = apps.save_new(make_app())
    indexed = apps.save_new(make_app(income_form(applicant__mobile="9822099999", applicant__aadhaar="")))
    store.conn.execute("PRAGMA foreign_keys = OFF")  # the rows that name them are not this test's subject
    with store.write() as conn:
        conn.execute("DELETE FROM applications WHERE uuid = ?", (waiting.uuid,))
    assert backlog_size(store) == 1
    assert [s.uuid for s in search_applications(store, "9822099999")] == [indexed.uuid]
    with store.write() as conn:
        conn.execute("DELETE FROM applications WHERE uuid = ?", (indexed.uuid,))
    check_index(store)
    assert backlog_size(store) == 0 and in_index(store, "Kshirsagar") == []


def test_a_long_backlog_is_indexed_in_batches(store: Store, apps: Applications, make_app) -> None:
    saved = [apps.save_new(make_app(income_form(applicant__mobile=f"98220{i:05d}", applicant__aadhaar="")))
             for i in range(23)]
    assert index_backlog(store, batch=5) == 23
    assert backlog_size(store) == 0
    check_index(store)
    assert [s.uuid for s in search_applications(store, "9822000017")] == [saved[17].uuid]
    assert len(search_applications(store, "Kshirsagar", limit=50)) == 23


def test_a_read_only_store_still_finds_the_backlog(store: Store, apps: Applications, make_app) -> None:
    old = apps.save_new(make_app(income_form(applicant__mobile="9822011111", applicant__aadhaar="")))
    index_backlog(store)
    new = apps.save_new(make_app(income_form(applicant__mobile="9822022222", applicant__aadhaar="")))
    store.corrupt_reason = "damaged page found by the check"  # writes are held: no batch can run
    try:
        assert [s.uuid for s in search_applications(store, "Kshirsagar")] == [new.uuid, old.uuid]
        assert [s.uuid for s in search_applications(store, "9822022222")] == [new.uuid]
        assert [s.uuid for s in search_applications(store, "क्षीरसागर 9822011111")] == [old.uuid]
        assert [s.uuid for s in search_applications(store, "kshir", limit=1)] == [new.uuid]
        assert search_applications(store, "Jadhav") == []
        assert backlog_size(store) == 1
    finally:
        store.corrupt_reason = None


def test_upgrade_keeps_the_index_and_starts_a_backlog(tmp_path: Path, catalogue_document: dict) -> None:
    path = tmp_path / "hub.sqlite3"
    def make(mobile: str, where: Store) -> Application:
        made = take_application(income_form(applicant__mobile=mobile, applicant__aadhaar=""),
                                catalogue=Catalogues(where).active(), calendar=WorkingCalendar(),
                                hub_code=HUB.code, operator="op1", now=NOW, today=NOW.date()).application
        assert made is not None
        return made

    # a database saved before the step: its rows are indexed as they are saved (today's save path writes
    # today's columns, so the save is made at the head and its rows copied in: tests/store/saved_before.py)
    old = Database(path)
    STORE_MIGRATIONS.apply(old, stop_before="0024_search_backlog")
    old.conn.isolation_level, old.conn.row_factory = None, sqlite3.Row  # as kiosk.store.db.connect sets them
    before = Store(path, old.conn, None)
    save_hub(before, HUB)
    Catalogues(before).install(catalogue_document)
    source = open_store(tmp_path / "source.sqlite3")
    try:
        save_hub(source, HUB)
        Catalogues(source).install(catalogue_document)
        earlier = Applications(source).save_new(make("9822033333", source))
        copy_saves(old, source)
    finally:
        source.close()
    assert len(in_index(before, "9822033333")) == 1
    old.close()

    store = open_store(path)
    try:
        check_index(store)
        assert backlog_size(store) == 0
        assert [s.uuid for s in search_applications(store, "9822033333")] == [earlier.uuid]
        later = Applications(store).save_new(make("9822044444", store))
        assert backlog_size(store) == 1
        assert [s.uuid for s in search_applications(store, "Kshirsagar")] == [later.uuid, earlier.uuid]
        check_index(store)
    finally:
        store.close()


def test_a_batch_is_driven_by_the_backlog_whatever_the_statistics_say(store: Store, apps: Applications,
                                                                       make_app) -> None:
    """At 1,000,000 applications statistics that knew the applications (100,000 rows when last analysed) but
    not the backlog table made SQLite scan every application and look each up in the backlog: 3.5-5 s per
    batch, before a search. The batch names its join order; this plants such statistics and reads the plan."""
    from kiosk.store.search_backlog import _INDEX_BATCH

    for _ in range(3):
        apps.save_new(make_app())
    with store.write() as conn:
        conn.execute("ANALYZE sqlite_schema")  # creates sqlite_stat1
        conn.execute("DELETE FROM sqlite_stat1")
        conn.executemany("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (?, ?, ?)",
                         [("applications", "sqlite_autoindex_applications_1", "100000 1"),
                          ("applicants", None, "1000000")])
        conn.execute("ANALYZE sqlite_schema")  # analyses only the schema table, and loads the planted rows
    plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + _INDEX_BATCH, (0, 10**9))]
    assert plan[0].startswith("SEARCH a USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)"), plan
    assert not any(step.startswith("SCAN") for step in plan), plan
    assert index_backlog(store) == 3 and backlog_size(store) == 0
    check_index(store)


def test_upgrade_to_the_mark_indexes_the_old_backlog(tmp_path: Path, store: Store, apps: Applications, make_app,
                                                     catalogue_document: dict) -> None:
    """Step 0028: saves waiting in step 0024's backlog table are indexed at the upgrade, the mark is set to
    the newest application and the table is gone; the next save waits above the mark."""
    saved = [apps.save_new(make_app()) for _ in range(3)]
    old = Database(tmp_path / "old.sqlite3")
    STORE_MIGRATIONS.apply(old, stop_before="0028_search_high_water")
    copy_saves(old, store)  # the old applicants trigger puts each into the backlog table
    assert old.execute("SELECT count(*) FROM search_backlog").fetchone()[0] == 3
    old.close()
    upgraded = open_store(tmp_path / "old.sqlite3")
    try:
        save_hub(upgraded, HUB)
        Catalogues(upgraded).install(catalogue_document)
        assert upgraded.query_tuples("SELECT count(*) FROM sqlite_master WHERE name = 'search_backlog'", ()) == [(0,)]
        assert backlog_size(upgraded) == 0 and len(in_index(upgraded, "kshirsagar")) == 3
        check_index(upgraded)
        later = Applications(upgraded).save_new(make_app())
        assert backlog_size(upgraded) == 1 and len(in_index(upgraded, "kshirsagar")) == 3
        assert [s.uuid for s in search_applications(upgraded, "Kshirsagar")] == [
            later.uuid, *[a.uuid for a in reversed(saved)]]
        check_index(upgraded)
    finally:
        upgraded.close()


def test_a_row_id_taken_again_after_a_delete_still_waits_for_the_index(store: Store, apps: Applications,
                                                                       make_app) -> None:
    """SQLite gives a new row max(rowid) + 1, so deleting the newest application lets its row id be taken
    again; the delete lowers the mark, so the newcomer waits above it instead of passing for indexed."""
    first, newest = apps.save_new(make_app()), apps.save_new(make_app())
    assert index_backlog(store) == 2
    with store.write() as conn:
        rowid = conn.execute("SELECT rowid FROM applications WHERE uuid = ?", (newest.uuid,)).fetchone()[0]
        conn.execute("DELETE FROM outbox WHERE application_uuid = ?", (newest.uuid,))
        conn.execute("DELETE FROM applications WHERE uuid = ?", (newest.uuid,))
    check_index(store)
    again = apps.save_new(make_app(income_form(applicant__mobile="9822055555")))
    assert store.query_tuples("SELECT rowid FROM applications WHERE uuid = ?", (again.uuid,)) == [(rowid,)]
    assert backlog_size(store) == 1
    assert [s.uuid for s in search_applications(store, "9822055555")] == [again.uuid]
    assert backlog_size(store) == 0
    check_index(store)
    assert [s.uuid for s in search_applications(store, "Kshirsagar")] == [again.uuid, first.uuid]
