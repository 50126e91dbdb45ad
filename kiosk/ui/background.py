"""The one way the window does slow work: off the GUI thread, results back as Qt signals.

Sync, printing, image work, receipts and large searches all go through :func:`run_in_background` (a
function → one result) or :class:`GeneratorRunner` (a generator → a signal per yielded item). Callbacks are
delivered through queued signals, so they always run on the GUI thread and may touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("kiosk.ui")

_live: set[QObject] = set()  # keeps relays alive until their task has reported


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    item = Signal(object)
    finished = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI as a sentence
            log.exception("background task failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)
        finally:
            self.relay.finished.emit()


def _for_a_live_screen(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """A result may arrive after the operator closed the screen that asked for it (a search finishing as
    they log out): its widgets are gone, so the result is dropped instead of raising on a deleted object."""
    def deliver(value: Any) -> None:
        try:
            callback(value)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("a result for a closed screen was dropped: %s", exc)
    return deliver


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> _Relay:
    """Run ``fn`` on the thread pool; ``on_done(result)`` or ``on_error(exc)`` runs on the GUI thread."""
    relay = _Relay()
    if on_done is not None:
        relay.done.connect(_for_a_live_screen(on_done))
    if on_error is not None:
        relay.failed.connect(_for_a_live_screen(on_error))
    _live.add(relay)
    relay.finished.connect(lambda: _live.discard(relay))
    pool().start(_Task(fn, relay))
    return relay


class GeneratorRunner(QObject):
    """Runs a generator on the pool; each yielded value becomes :attr:`progress`, then :attr:`done`.

    ``stop()`` asks politely: the generator factory receives ``should_stop`` and checks it between items.
    """

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, factory: Callable[[Callable[[], bool]], Iterator[Any]],
                 result: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._result = result
        self._stop = threading.Event()
        self.running = False

    def start(self) -> None:
        self.running = True
        self._stop.clear()
        relay = _Relay()
        relay.item.connect(self.progress.emit)
        relay.done.connect(self._finish)
        relay.failed.connect(self._fail)
        _live.add(relay)
        relay.finished.connect(lambda: _live.discard(relay))

        def body() -> Any:
            for value in self._factory(self._stop.is_set):
                relay.item.emit(value)
            return self._result() if self._result else None

        pool().start(_Task(body, relay))

    def stop(self) -> None:
        self._stop.set()

    @Slot(object)
    def _finish(self, value: Any) -> None:
        self.running = False
        self.done.emit(value)

    @Slot(object)
    def _fail(self, exc: Any) -> None:
        self.running = False
        self.failed.emit(exc)
