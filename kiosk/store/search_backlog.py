"""The search index's backlog: the applications saved since the last batch (steps ``0024_search_backlog``
and ``0028_search_high_water``).

A save does not write FTS5's segment in its own durable commit. The index covers the applications up to
the row id ``search_indexed.upto``; every application above it waits. :func:`index_backlog` indexes the next
applications by row id, many per FTS5 segment, and moves the mark in the same transaction — a power cut
mid-batch leaves the mark where it was, and the next batch indexes them. It runs before every search (so a
search always finds what was just saved), after each sync pass and at day close, so the backlog stays short.
"""

from __future__ import annotations

from kiosk.store.db import Store
from kiosk.store.migrations import _fts_row

BATCH = 500  # rows per transaction: a bundle of thousands is indexed without holding the write lock long

UPTO = "(SELECT upto FROM search_indexed)"

_INDEX_BATCH = (  # fixed fragments
    "INSERT INTO applications_fts(rowid, names, receipt_number, mobile, portal_number) "  # noqa: S608
    f"SELECT p.app_id, {_fts_row('p', 'a')} FROM applications a CROSS JOIN applicants p ON p.app_id = a.rowid "
    "WHERE a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid")
# CROSS JOIN fixes the order: the row-id range of applications drives, each applicant found by its key. Left to
# the planner (with step 0024's backlog table), statistics that knew the applications but not the backlog made it
# scan every application per batch — 3.5 to 5 s at 1,000,000 applications, before a search.


def backlog_size(store: Store) -> int:
    return int(store.query_tuples(f"SELECT count(*) FROM applications WHERE rowid > {UPTO}", ())[0][0])  # noqa: S608


def has_backlog(store: Store) -> bool:
    return bool(store.query_tuples(
        f"SELECT EXISTS (SELECT 1 FROM applications WHERE rowid > {UPTO})", ())[0][0])  # noqa: S608


def index_backlog(store: Store, *, batch: int = BATCH) -> int:
    """Index every application above the mark; returns how many. Nothing to do costs two page reads. A
    read-only (damaged) store is left alone: its search still finds the backlog (kiosk.store.search)."""
    if not store.writable or not has_backlog(store):
        return 0
    done = 0
    while True:
        # Redoable bookkeeping (the mark moves only with the entries), so no fsync of its own.
        with store.write(durable=False) as conn:
            upto = int(conn.execute("SELECT upto FROM search_indexed").fetchone()[0])
            row = conn.execute("SELECT max(rowid), count(*) FROM (SELECT rowid FROM applications WHERE rowid > ? "
                               "ORDER BY rowid LIMIT ?)", (upto, max(1, batch))).fetchone()
            if not row[1]:
                return done
            conn.execute(_INDEX_BATCH, (upto, row[0]))
            conn.execute("UPDATE search_indexed SET upto = ?", (row[0],))
            done += int(row[1])
