"""What the window and ``seva-kiosk sync`` need to run a sync and show its state: the queue's depth, the
last successful sync, and one pass of the engine wired to this hub (built by the composition root) that
reports, besides its progress, what the sync loop needs to decide on the next one."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.counter.dashboard import last_sync_time
from kiosk.counter.ports import OpenStore
from kiosk.store.hub import get_setting
from kiosk.store.outbox import counts, next_due_at
from kiosk.store.search_backlog import index_backlog
from kiosk.sync.engine import LAST_SYNC_KEY, PortalClientLike, SyncEngine
from kiosk.sync.loop import PassResult
from kiosk.sync.pass_lock import pass_lock
from kiosk.sync.progress import SyncProgress, SyncReport

BUSY_RETRY_S = 30.0  # another process holds the pass: look again in half a minute


@dataclass(frozen=True)
class QueueState:
    pending: int  # waiting to send, including those whose answer is unknown
    quarantined: int  # refused by the portal: need a person
    last_sync: float | None  # epoch seconds of the last successful sync


class SyncPass:
    """One pass: iterate :meth:`progress` (on a worker thread); afterwards :attr:`report` says what the
    engine did and :attr:`result` what the loop should do next. ``skipped``: another process (the
    headless watcher, or the window) was mid-pass on this data folder, so this one did nothing."""

    def __init__(self, syncing: Syncing, client: Callable[[], PortalClientLike], *, drain: bool,
                 max_wait: float, retry_now: bool) -> None:
        self.syncing = syncing
        self.client = client
        self.drain, self.max_wait, self.retry_now = drain, max_wait, retry_now
        self.report = SyncReport()
        self.result = PassResult(online=False, failed=True)
        self.skipped = False

    def progress(self, should_stop: Callable[[], bool] = lambda: False) -> Iterator[SyncProgress]:
        with pass_lock(self.syncing.lock_path) as held:
            if not held:
                self.skipped = self.report.skipped = True
                self.result = PassResult(online=True, retry_in=BUSY_RETRY_S, skipped=True)
                yield SyncProgress("done", 0, 0, message="another sync is running on this PC")
                return
            client = self.client()
            try:
                engine = self.syncing.engine(client)
                self.report = engine.report
                yield from engine.run(should_stop, drain=self.drain, max_wait=self.max_wait,
                                      retry_now=self.retry_now)
                self.report = engine.report
                index_backlog(self.syncing.store())  # the day's saves into the search index, in one batch
            finally:
                close = getattr(client, "close", None)
                if callable(close):
                    close()
            self.result = PassResult(online=self.report.online, retry_in=self.syncing.retry_in())


class Syncing:
    def __init__(self, store: OpenStore, client: Callable[[], PortalClientLike],
                 engine: Callable[[PortalClientLike], SyncEngine], *, lock_path: Path,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.client = client
        self.engine = engine
        self.lock_path = lock_path
        self.clock = clock

    def queue(self) -> QueueState:
        store = self.store()
        found = counts(store)
        return QueueState(found.get("pending", 0) + found.get("unknown", 0) + found.get("in_flight", 0),
                          found.get("rejected", 0), last_sync_time(get_setting(store, LAST_SYNC_KEY)))

    def sync_pass(self, client: Callable[[], PortalClientLike] | None = None, *, drain: bool = False,
                  max_wait: float = 60.0, retry_now: bool = False) -> SyncPass:
        """A pass ready to run (nothing is opened until its progress is iterated)."""
        return SyncPass(self, client or self.client, drain=drain, max_wait=max_wait, retry_now=retry_now)

    def probe(self, client: Callable[[], PortalClientLike] | None = None) -> bool:
        """The cheap check the loop runs while the portal is out of reach: one GET /health, no login."""
        made = (client or self.client)()
        try:
            return bool(made.check_connectivity().state == "online")
        finally:
            close = getattr(made, "close", None)
            if callable(close):
                close()

    def retry_in(self) -> float | None:
        """Seconds until the earliest item waiting on its backoff is due (None: nothing waits)."""
        due = next_due_at(self.store())
        return None if due is None else max(due - self.clock(), 0.0)
