"""The idle lock: after N minutes with no key press, click or touch the window hides personal data
behind the login screen (the supervisor sets N, 2-5 minutes, ``seva-kiosk users idle-lock``).

An application-wide event filter notes the time of the last input; a coarse timer compares it with the
limit. Mouse moves alone count too (an operator reading a form is still at the counter).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate})
CHECK_MS = 5_000


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, limit_seconds: float, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_seconds = limit_seconds
        self.clock = clock
        self.last_input = clock()
        self.armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def arm(self) -> None:
        """Start counting from now (called when someone signs in)."""
        self.last_input = self.clock()
        self.armed = True
        self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.armed and self.clock() - self.last_input >= self.limit_seconds:
            self.disarm()
            self.idle.emit()
