"""The search index's backlog: applications saved since the last batch (step ``0024_search_backlog``).

A save notes its row id in ``search_backlog`` instead of writing FTS5's segment in its own durable commit;
:func:`index_backlog` moves the backlog into the index, many applications per FTS5 segment. It runs before
every search (so a search always finds what was just saved), after each sync pass and at day close, so the
backlog stays short. Each batch is atomic and the backlog row leaves in the same transaction as its index
entry arrives: a power cut mid-batch leaves the rows in the backlog, and the next batch indexes them.
"""

from __future__ import annotations

from kiosk.store.db import Store
from kiosk.store.migrations import _fts_row

BATCH = 500  # rows per transaction: a bundle of thousands is indexed without holding the write lock long

_INDEX_BATCH = (  # fixed fragments
    "INSERT INTO applications_fts(rowid, names, receipt_number, mobile, portal_number) "  # noqa: S608
    f"SELECT p.app_id, {_fts_row('p', 'a')} FROM search_backlog b CROSS JOIN applicants p ON p.app_id = b.app_id "
    "CROSS JOIN applications a ON a.rowid = b.app_id WHERE b.app_id <= ? ORDER BY b.app_id")
# CROSS JOIN fixes the order: the backlog (a few rows) drives, each application found by its row id. Left to
# the planner, statistics that know the applications but not the backlog made it scan every application
# and look each up in the backlog — 3.5 to 5 s per batch at 1,000,000 applications, before a search.


def backlog_size(store: Store) -> int:
    return int(store.query_tuples("SELECT count(*) FROM search_backlog", ())[0][0])


def has_backlog(store: Store) -> bool:
    return bool(store.query_tuples("SELECT EXISTS (SELECT 1 FROM search_backlog)", ())[0][0])


def index_backlog(store: Store, *, batch: int = BATCH) -> int:
    """Index every application in the backlog; returns how many. Nothing to do costs one page read. A
    read-only (damaged) store is left alone: its search still finds the backlog (kiosk.store.search)."""
    if not store.writable or not has_backlog(store):
        return 0
    done = 0
    while True:
        # Redoable bookkeeping (the backlog row stays until its entry is in), so no fsync of its own.
        with store.write(durable=False) as conn:
            row = conn.execute("SELECT max(app_id), count(*) FROM (SELECT app_id FROM search_backlog "
                               "ORDER BY app_id LIMIT ?)", (max(1, batch),)).fetchone()
            if not row[1]:
                return done
            conn.execute(_INDEX_BATCH, (row[0],))
            conn.execute("DELETE FROM search_backlog WHERE app_id <= ?", (row[0],))
            done += int(row[1])
