"""Keeping a hub database small as it ages: settled outbox items compacted, and a VACUUM after day close
when enough of the file is free space to be worth the rewrite.

What stays: an acknowledged item keeps its row (key, kind, state, dates: the outbox's record that the portal
has it, which voiding, erasure and retention read) and the application keeps everything it was saved with;
the receipt and the audit trail are untouched. What goes: the frozen body sent to the portal (the
application row holds the same data) and the last error text of a finished item. Rows saved before step
0027 get their fee lines in the label-id form, a day's share per day close (the same labels and amounts).

VACUUM rewrites the whole file (through the WAL, so a power cut leaves the old one whole), which takes
seconds per hundred MB: it runs when at least :data:`WORTH_SHARE` of the file and :data:`WORTH_BYTES` are
free pages (after a large compaction or a retention purge), or when a file of at least :data:`WORTH_BYTES`
has not been rewritten for :data:`EVERY_DAYS` days — random keys (UUIDs) and the search index's segments
leave pages part-empty without freeing them: measured at 100,000 applications, 5.1 KB per application
before, 2.7 KB after. Not every evening. VACUUM keeps the row ids the search index and the applicants are
keyed by (tested).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.domain.clock import utc_now
from kiosk.store.applications import relabel_fees_column
from kiosk.store.db import DB_ERRORS, Store, _storage_error
from kiosk.store.hub import get_setting, put_setting, set_setting
from kiosk.store.search_backlog import index_backlog

WORTH_SHARE = 0.25
WORTH_BYTES = 32 * 2**20
EVERY_DAYS = 90
LAST_VACUUM = "store.last_vacuum"
RELABELLED = "store.fees_relabelled_upto"  # row id the fee-label rewrite has reached, or "done"
RELABEL_PER_DAY = 50_000  # rows per day close, about 2 s (0.7 s per 20,000 at 100k): 1M rows in 20 evenings
RELABEL_CHUNK = 2_000


def compact_settled(store: Store) -> int:
    """Drop the bodies and error texts of acknowledged items; returns how many rows changed."""
    with store.write(durable=False) as conn:  # redoable: the bodies are not needed once acknowledged
        return int(conn.execute("UPDATE outbox SET payload = '{}', last_error = '' "
                                "WHERE state = 'acked' AND (payload != '{}' OR last_error != '')").rowcount)


def free_share(store: Store) -> tuple[int, float]:
    """(free bytes, free share of the file) from SQLite's own page counts."""
    with store.read() as conn:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    return free * size, (free / pages if pages else 0.0)


def vacuum_if_worth_it(store: Store, *, share: float = WORTH_SHARE, min_bytes: int = WORTH_BYTES,
                       now: datetime | None = None) -> bool:
    """VACUUM when the free pages are worth a rewrite, or a big file is due its periodic one; True when it
    ran. Call it with the counter idle (after day close), off the GUI thread: it holds the write lock."""
    store.require_writable()
    now = now or utc_now()
    free, part = free_share(store)
    size = store.path.stat().st_size if store.path.exists() else 0
    last = get_setting(store, LAST_VACUUM)
    due = size >= min_bytes and (not last or datetime.fromisoformat(last) <= now - timedelta(days=EVERY_DAYS))
    if not due and (part < share or free < min_bytes):
        return False
    with store.lock:
        try:
            store.conn.execute("VACUUM")
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DB_ERRORS as exc:
            raise _storage_error(exc) from exc
    set_setting(store, LAST_VACUUM, now.isoformat())
    return True


def relabel_old_fees(store: Store, *, limit: int = RELABEL_PER_DAY, chunk: int = RELABEL_CHUNK) -> int:
    """Rows saved before step 0027 spell their fee labels out (about 290 bytes each): rewrite up to ``limit``
    of them, oldest first, into the label-id form, and remember how far it got. Once it reaches the newest
    application every older row is done (a save since 0027 writes the new form), so later calls cost one
    setting read. Returns how many rows were rewritten. The labels and amounts read back the same (tested)."""
    mark = get_setting(store, RELABELLED)
    if mark == "done":
        return 0
    upto, changed, seen = int(mark or 0), 0, 0
    while seen < limit:
        with store.write(durable=False) as conn:  # redoable: a row rewritten twice reads the same
            rows = conn.execute("SELECT rowid, fees FROM applications WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                (upto, min(chunk, limit - seen))).fetchall()
            if not rows:
                put_setting(conn, RELABELLED, "done")
                return changed
            for rowid, fees in rows:
                new = relabel_fees_column(conn, fees)
                if new is not None:
                    conn.execute("UPDATE applications SET fees = ? WHERE rowid = ?", (new, rowid))
                    changed += 1
            upto, seen = int(rows[-1][0]), seen + len(rows)
            put_setting(conn, RELABELLED, str(upto))
    return changed


def tidy_after_day_close(store: Store) -> bool:
    """What day close leaves behind it (the report is saved, the counter idle): the search index's backlog
    indexed, settled bodies compacted, old rows' fee labels rewritten a day's share at a time, and a VACUUM
    when worth it. A read-only (damaged) store is left alone. True when the file was rewritten."""
    if not store.writable:
        return False
    index_backlog(store)  # the search index complete before a rewrite (kiosk.store.search_backlog)
    compact_settled(store)
    relabel_old_fees(store)
    return vacuum_if_worth_it(store)
