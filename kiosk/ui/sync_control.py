"""One sync at a time for the whole window: the status bar, F5 and the sync panel all drive this object.

The engine (HTTP, SQLite, file writes) runs on the thread pool through :class:`GeneratorRunner`; each
:class:`~kiosk.sync.progress.SyncProgress` arrives here as a signal on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.counter.syncing import QueueState
from kiosk.sync.progress import SyncReport
from kiosk.ui.background import GeneratorRunner, run_in_background

if TYPE_CHECKING:
    from kiosk.counter.syncing import Syncing
    from kiosk.sync.engine import PortalClientLike, SyncEngine

log = logging.getLogger("kiosk.ui")


class SyncState:
    """What the status bar shows; ``online`` is None until a sync has tried."""

    def __init__(self) -> None:
        self.online: bool | None = None
        self.pending = 0
        self.quarantined = 0
        self.last_sync: float | None = None
        self.running = False
        self.offline_reason = ""


class SyncController(QObject):
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # exception
    changed = Signal(object)  # SyncState

    def __init__(self, syncing: Syncing, client_factory: Callable[[], PortalClientLike] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.syncing = syncing
        self.client_factory = client_factory or syncing.client
        self.state = SyncState()
        self._runner: GeneratorRunner | None = None
        self._engine: SyncEngine | None = None

    @property
    def running(self) -> bool:
        return self._runner is not None and self._runner.running

    def refresh(self) -> None:
        """Re-read the queue depth and last sync (off the GUI thread: a big outbox is a real query)."""
        run_in_background(self.syncing.queue, self._apply_counts,
                          lambda exc: log.warning("queue read failed: %r", exc))

    def _apply_counts(self, queue: QueueState) -> None:
        self.state.pending = queue.pending
        self.state.quarantined = queue.quarantined
        self.state.last_sync = queue.last_sync
        self.changed.emit(self.state)

    def start(self, *, drain: bool = False, max_wait: float = 60.0, retry_now: bool = True) -> bool:
        """Begin a sync pass; False if one is already running. A pass started by the operator retries at
        once what waits on a backoff: they pressed the button because they know the link is back."""
        if self.running:
            return False

        def produce(should_stop: Callable[[], bool]) -> Iterator[Any]:
            self._engine = self.syncing.engine(self.client_factory())
            yield from self._engine.run(should_stop, drain=drain, max_wait=max_wait, retry_now=retry_now)

        runner = GeneratorRunner(produce, lambda: self._engine.report if self._engine else SyncReport(), self)
        runner.progress.connect(self.progress.emit)
        runner.done.connect(self._done)
        runner.failed.connect(self._failed)
        self._runner = runner
        self.state.running = True
        self.changed.emit(self.state)
        runner.start()
        return True

    def stop(self) -> None:
        if self._runner is not None:
            self._runner.stop()

    def _done(self, report: SyncReport) -> None:
        self.state.running = False
        self.state.online = report.online
        self.state.offline_reason = report.offline_reason
        if report.online and not report.errors:
            self.state.last_sync = time.time()
        self.changed.emit(self.state)
        self.finished.emit(report)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.state.running = False
        self.state.online = False
        self.changed.emit(self.state)
        self.failed.emit(exc)
        self.refresh()
