"""What the window needs to run a sync and show its state: the queue's depth, the last successful sync,
a portal client and the engine wired to this hub (built by the composition root)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.counter.dashboard import last_sync_time
from kiosk.counter.ports import OpenStore
from kiosk.store.hub import get_setting
from kiosk.store.outbox import counts
from kiosk.sync.engine import LAST_SYNC_KEY, PortalClientLike, SyncEngine


@dataclass(frozen=True)
class QueueState:
    pending: int  # waiting to send, including those whose answer is unknown
    quarantined: int  # refused by the portal: need a person
    last_sync: float | None  # epoch seconds of the last successful sync


class Syncing:
    def __init__(self, store: OpenStore, client: Callable[[], PortalClientLike],
                 engine: Callable[[PortalClientLike], SyncEngine]) -> None:
        self.store = store
        self.client = client
        self.engine = engine

    def queue(self) -> QueueState:
        store = self.store()
        found = counts(store)
        return QueueState(found.get("pending", 0) + found.get("unknown", 0) + found.get("in_flight", 0),
                          found.get("rejected", 0), last_sync_time(get_setting(store, LAST_SYNC_KEY)))
