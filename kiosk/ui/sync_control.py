"""One sync at a time for the whole window: the status bar, F5, the sync panel and the sync loop all drive
this object.

Once :meth:`SyncController.automate` is called (the real window does), the Qt-free
:class:`~kiosk.sync.loop.SyncLoop` decides when a pass or a ``/health`` probe runs — soon after a save,
when Qt's QNetworkInformation says the network is back, on a steady timer — and one QTimer wakes this
object at that moment. The engine (HTTP, SQLite, file writes) and the probe run on the thread pool; each
:class:`~kiosk.sync.progress.SyncProgress` arrives here as a signal on the GUI thread, which only ever does
the bookkeeping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from kiosk.counter.syncing import QueueState, SyncPass
from kiosk.sync.loop import PassResult, SyncLoop
from kiosk.ui.background import GeneratorRunner, run_in_background

if TYPE_CHECKING:
    from kiosk.counter.syncing import Syncing
    from kiosk.sync.engine import PortalClientLike

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
    failed = Signal(object)  # exception (only of a pass the operator asked for; the loop's own are logged)
    changed = Signal(object)  # SyncState

    def __init__(self, syncing: Syncing, client_factory: Callable[[], PortalClientLike] | None = None,
                 parent: QObject | None = None, *, loop: SyncLoop | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.syncing = syncing
        self.client_factory = client_factory or syncing.client
        self.state = SyncState()
        self.loop = loop or SyncLoop()
        self.clock = clock
        self.automatic = False
        self._runner: GeneratorRunner | None = None
        self._manual = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._network: Any = None

    @property
    def running(self) -> bool:
        return self._runner is not None and self._runner.running

    # ------------------------------------------------------------------------------------------ the loop
    def automate(self, *, watch_network: bool = True) -> None:
        """Sync by itself from now on: a pass at once, then whenever the loop says."""
        self.automatic = True
        if watch_network:
            self._network = watch_reachability(self.network_changed)
        self.loop.started(self.clock())
        self._arm()

    def _arm(self) -> None:
        step = self.loop.next() if self.automatic else None
        if step is None:
            self._timer.stop()
            return
        # a QTimer's interval is an int of milliseconds: a far step is re-checked within the day
        self._timer.start(int(min(max(step.at - self.clock(), 0.0), 86_400.0) * 1000))

    def _due(self) -> None:
        step = self.loop.next()
        if step is None or not self.automatic:
            return
        if step.at > self.clock() + 0.005:
            self._arm()
            return
        if step.action == "probe":
            self._probe()
        else:
            self._start(manual=False, drain=False, max_wait=60.0, retry_now=False)

    def _probe(self) -> None:
        if not self.loop.begin("probe"):
            return
        syncing, factory = self.syncing, self.client_factory
        run_in_background(lambda: syncing.probe(factory), self._probed, lambda exc: self._probed(False))

    def _probed(self, online: bool) -> None:
        if not isValid(self):  # the window closed while the pool worked: nothing to show it on
            return
        self.loop.probe_done(self.clock(), bool(online))
        self._arm()

    def network_changed(self, reachable: bool) -> None:
        """The OS says the network came (True) or went (False): probe at once, or stop passing."""
        self.loop.network_changed(self.clock(), reachable)
        if not reachable and self.state.online is not False:
            self.state.online = False
            self.state.offline_reason = "offline: the network is down"
            self.changed.emit(self.state)
        self._arm()

    # ------------------------------------------------------------------------------------------ queue
    def refresh(self) -> None:
        """Re-read the queue depth and last sync (off the GUI thread: a big outbox is a real query).
        Screens call this after they queue something: a deeper queue is a save, and the loop sends it soon."""
        run_in_background(self.syncing.queue, self._apply_counts,
                          lambda exc: log.warning("queue read failed: %r", exc))

    def _apply_counts(self, queue: QueueState) -> None:
        if not isValid(self):  # the window closed while the pool worked: nothing to show it on
            return
        grew = queue.pending > self.state.pending
        self.state.pending = queue.pending
        self.state.quarantined = queue.quarantined
        self.state.last_sync = queue.last_sync
        self.changed.emit(self.state)
        if grew and self.automatic:
            self.loop.saved(self.clock())
            self._arm()

    # ------------------------------------------------------------------------------------------ passes
    def start(self, *, drain: bool = False, max_wait: float = 60.0, retry_now: bool = True) -> bool:
        """Begin a sync pass; False if one is already running. A pass started by the operator retries at
        once what waits on a backoff: they pressed the button because they know the link is back."""
        if self.running:
            return False
        self.loop.asked(self.clock())
        if self.loop.busy == "probe":  # the pass follows the probe in hand as soon as it answers
            return True
        return self._start(manual=True, drain=drain, max_wait=max_wait, retry_now=retry_now)

    def _start(self, *, manual: bool, drain: bool, max_wait: float, retry_now: bool) -> bool:
        if self.running or not self.loop.begin("pass"):
            return False
        one = self.syncing.sync_pass(self.client_factory, drain=drain, max_wait=max_wait, retry_now=retry_now)
        # Not a child of this object: a window closed mid-pass deletes its controller, and the pass still
        # reports to its runner (which then has no one to tell) instead of to a deleted object.
        runner = GeneratorRunner(one.progress, lambda: one)
        runner.progress.connect(self._progressed)
        runner.done.connect(self._done)
        runner.failed.connect(self._failed)
        self._runner = runner
        self._manual = manual
        self._timer.stop()
        self.state.running = True
        self.changed.emit(self.state)
        runner.start()
        return True

    def _progressed(self, step: Any) -> None:
        if isValid(self):
            self.progress.emit(step)

    def stop(self) -> None:
        """Stop the pass in hand after its current item, and the loop (the window is closing)."""
        self.automatic = False
        self._timer.stop()
        if self._runner is not None:
            self._runner.stop()

    def _done(self, one: SyncPass) -> None:
        if not isValid(self):  # the window closed while the pool worked: nothing to show it on
            return
        report = one.report
        self.state.running = False
        if not one.skipped:
            self.state.online = report.online
            self.state.offline_reason = report.offline_reason
            if report.online and not report.errors:
                self.state.last_sync = time.time()
        self.loop.pass_done(self.clock(), one.result)
        self.changed.emit(self.state)
        self.finished.emit(report)
        self.refresh()
        self._arm()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):  # the window closed while the pool worked: nothing to show it on
            return
        self.state.running = False
        self.state.online = False
        self.state.offline_reason = str(exc)
        self.loop.pass_done(self.clock(), PassResult(online=False, failed=True))
        self.changed.emit(self.state)
        if self._manual:
            self.failed.emit(exc)
        else:
            log.warning("automatic sync pass failed: %r", exc)
        self.refresh()
        self._arm()


def watch_reachability(notify: Callable[[bool], None]) -> Any:
    """Qt's view of the network (NetworkManager, GLib, Windows' NLM …) where the platform has one: True
    when it says the internet is reachable, False when it says the PC is cut off; "local only" and
    "unknown" say nothing (the probe decides). Returns the QNetworkInformation, or None without a backend."""
    from PySide6.QtNetwork import QNetworkInformation

    try:
        if not QNetworkInformation.loadDefaultBackend():
            return None
    except RuntimeError:  # no plugin for this platform
        return None
    info = QNetworkInformation.instance()
    if info is None:
        return None
    reach = QNetworkInformation.Reachability

    def changed(value: Any) -> None:
        if value in (reach.Online, reach.Site):
            notify(True)
        elif value == reach.Disconnected:
            notify(False)

    info.reachabilityChanged.connect(changed)
    return info

