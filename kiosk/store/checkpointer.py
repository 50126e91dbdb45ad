"""Moving the WAL into the database file beside the saves, not inside one of them.

With SQLite's default, the commit that takes the write-ahead log past 1,000 pages copies the whole log into
the database file and fsyncs it before it returns: one save in about forty (a save writes ~25 pages) took
tens of milliseconds instead of one or two, in the operator's wait for "Saved" (issue 15, measured at
100,000 applications). Here a thread of the store's own, on a connection of its own, runs a PASSIVE
checkpoint instead: half a second after the last commit (at a counter: while the receipt prints), or at
once when :data:`EVERY_COMMITS` commits came without such a pause (a sync pass, a bundle, a benchmark).
PASSIVE never waits for a lock and never blocks a writer: SQLite lets the next commit append to the log
while the copy runs, and the log is reused from its start once it has been copied whole.

The main connection keeps SQLite's own checkpoint as a backstop at :data:`BACKSTOP_PAGES` (should this thread
fall behind or fail, the log still cannot grow without end). The thread's connection is closed before the
store's own, so the last connection to close is still the store's (SQLite then folds the log in and
removes it — the clean stop kiosk.store.clean_stop relies on).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

IDLE_S = 0.5  # a pause this long after a commit: copy the log now
EVERY_COMMITS = 64  # this many commits without such a pause: copy anyway
BACKSTOP_PAGES = 8000  # 32 MB of log: the main connection's own checkpoint takes over


class Checkpointer:
    """Started by the first :meth:`nudge` (a commit); :meth:`close` stops it and closes its connection."""

    def __init__(self, open_connection: Callable[[], Any]) -> None:
        self._open = open_connection
        self._wake = threading.Condition()
        self._commits = 0
        self._closed = False
        self._thread: threading.Thread | None = None
        self.runs = 0  # checkpoints done (tests and benchmarks read it)
        self.failures = 0  # checkpoints that raised (the backstop covers them)

    def nudge(self) -> None:
        """A commit happened (called by the store after each one, holding no database lock)."""
        with self._wake:
            if self._closed:
                return
            self._commits += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
                self._thread.start()
            self._wake.notify()

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join()

    def _next(self) -> bool:
        """Wait for work: True to checkpoint now, False to stop."""
        with self._wake:
            while True:
                if self._closed:
                    return False
                if self._commits >= EVERY_COMMITS:
                    break
                seen = self._commits
                self._wake.wait(None if seen == 0 else IDLE_S)
                if self._closed:
                    return False
                if self._commits and self._commits == seen:  # a pause after the last commit
                    break
            self._commits = 0
            return True

    def _run(self) -> None:
        conn = None
        try:
            while self._next():
                try:
                    if conn is None:
                        conn = self._open()
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.runs += 1
                except Exception:  # noqa: BLE001 - a failed copy is retried at the next nudge; the backstop remains
                    self.failures += 1
        finally:
            if conn is not None:
                conn.close()
