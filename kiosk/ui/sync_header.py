"""The sync state at the top of the window, in colour, where the operator looks: online, offline and why,
syncing with how far it has got, how many items wait to be sent, how many need a person, and when the
portal last answered.

Fed only by the window's :class:`~kiosk.ui.sync_control.SyncController` signals (``changed``, ``progress``,
``finished``, ``failed``); it reads nothing itself. Colour is never the only sign: every state is words too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from kiosk.domain.clock import IST
from kiosk.sync.progress import SyncProgress, SyncReport, offline_kind
from kiosk.ui.formatting import timestamp_text
from kiosk.ui.i18n import N_, tr
from kiosk.ui.sync_control import SyncController, SyncState

STAGES = {"connect": N_("Checking the connection"), "send": N_("Sending applications"),
          "upload": N_("Uploading documents"), "status": N_("Fetching status updates"),
          "certificates": N_("Downloading certificates"), "catalogue": N_("Checking the service list"),
          "heartbeat": N_("Reporting to the portal"), "wait": N_("Waiting to retry"), "done": N_("Finishing")}

# kiosk.sync.progress.offline_kind → what the operator reads (and can act on: plug the cable, sign in to
# the Wi-Fi page in a browser, set the clock, call the hub technician).
OFFLINE_TEXT = {"no_link": N_("no connection to the portal"), "captive": N_("a Wi-Fi sign-in page is in the way"),
                "clock": N_("this computer's clock is wrong"), "tls": N_("the secure connection failed"),
                "login": N_("the portal refused this hub's sign-in"),
                "portal": N_("the portal is not answering properly"),
                "error": N_("a problem on this computer (details in the log)")}

STYLE = """
QFrame#sync_indicator { background: #eef1f5; border-bottom: 1px solid #c9d1db; }
QLabel#sync_link { border-radius: 6px; padding: 4px 12px; font-weight: bold; color: white; background: #5f6b76; }
QLabel#sync_link[tone="good"] { background: #1e7b34; }
QLabel#sync_link[tone="bad"] { background: #b3261e; }
QLabel#sync_link[tone="busy"] { background: #0b5cad; }
QLabel#sync_waiting[tone="warn"] { color: #7a4a00; font-weight: bold; }
QPushButton#sync_attention { min-height: 26px; padding: 1px 12px; color: #b3261e; border: 2px solid #b3261e;
                             font-weight: bold; background: white; }
QProgressBar#sync_bar { max-height: 14px; border: 1px solid #9aa4b2; border-radius: 4px; background: white; }
QProgressBar#sync_bar::chunk { background: #0b5cad; }
"""


class ElidedLabel(QLabel):
    """A label that gives way: it never makes the window wider, and ends in "…" when the row is short
    (a large text size, a long name); the whole text stays in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), shown)


def contact_text(seconds: float | None) -> str:
    """The time alone when it was today (the usual case, and short), the date too when it was not."""
    stamp = timestamp_text(seconds)
    today = datetime.now(IST).strftime("%d-%m-%Y")
    return stamp[len(today) + 1:] if stamp.startswith(today + " ") else stamp


def offline_text(reason: str) -> str:
    return tr(OFFLINE_TEXT.get(offline_kind(reason), OFFLINE_TEXT["portal"]))


def _set_tone(widget: QWidget, tone: str) -> None:
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class SyncHeader(QFrame):
    """One row under the title bar. ``open_attention`` shows the items that need a person (the Sync page)."""

    def __init__(self, sync: SyncController, open_attention: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")  # the name tests and the screenshots find it by
        self.setStyleSheet(STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.link = QLabel()
        self.link.setObjectName("sync_link")
        self.bar = QProgressBar()
        self.bar.setObjectName("sync_bar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.bar.hide()
        self.waiting = QLabel()
        self.waiting.setObjectName("sync_waiting")
        self.attention = QPushButton()
        self.attention.setObjectName("sync_attention")
        self.attention.clicked.connect(open_attention)
        self.attention.hide()
        self.contact = ElidedLabel()
        self.contact.setObjectName("sync_contact")
        row.addWidget(self.link)
        row.addWidget(self.bar)
        row.addSpacing(12)
        row.addWidget(self.waiting)
        row.addWidget(self.attention)
        row.addStretch(1)
        row.addWidget(self.contact)
        self.row = row
        self.state = sync.state
        self.last_contact: float | None = None  # wall clock of the last pass that reached the portal
        self.stage = ""
        self.counted = False  # a stage with a known total has been reported in this pass (the bar shows it)
        self.was_running = False  # the controller changes one SyncState in place: remember what it said
        self.broken = False  # the last pass died of an error (the state's reason is then stale)
        sync.changed.connect(self.show_state)
        sync.progress.connect(self.show_progress)
        sync.finished.connect(self.show_report)
        sync.failed.connect(self.show_failure)
        self.show_state(sync.state)

    def add_trailing(self, widget: QWidget) -> None:
        """Something the window shows at the right end of the same row (who is signed in); it gives way
        (ends in "…") before the sync state does."""
        self.row.addSpacing(16)
        self.row.addWidget(widget)

    # ------------------------------------------------------------------------------------ signals in
    def show_state(self, state: SyncState) -> None:
        if state.running and not self.was_running:
            self.stage, self.broken, self.counted = tr(STAGES["connect"]), False, False
        self.was_running = state.running
        self.state = state
        self._render()

    def show_progress(self, p: SyncProgress) -> None:
        stage = tr(STAGES.get(p.stage, STAGES["connect"]))
        if p.stage in ("send", "certificates", "status") and p.total:
            stage = tr("{stage}: {done} of {total}").format(stage=stage, done=p.done, total=p.total)
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
            self.counted = True
        self.stage = stage
        self._render()

    def show_report(self, report: SyncReport) -> None:
        if report.online and not report.skipped:
            self.last_contact = time.time()
        self._render()

    def show_failure(self, _exc: BaseException) -> None:
        self.broken = True
        self._render()

    # ------------------------------------------------------------------------------------ drawing
    def _render(self) -> None:
        s = self.state
        if s.running:
            tone, link = "busy", tr("Syncing… {stage}").format(stage=self.stage)
        elif self.broken:
            tone, link = "bad", tr("Sync stopped by an error")
        elif s.online is None:
            tone, link = "neutral", tr("Not checked yet")
        elif s.online:
            tone, link = "good", tr("Online")
        else:
            tone, link = "bad", tr("Offline: {reason}").format(reason=offline_text(s.offline_reason))
        self.link.setText(link)
        _set_tone(self.link, tone)
        self.bar.setVisible(s.running and self.counted)
        self.waiting.setText(tr("Waiting to send: {n}").format(n=s.pending) if s.pending
                             else tr("Nothing waiting to send"))
        _set_tone(self.waiting, "warn" if s.pending and s.online is not True else "")
        self.attention.setText(tr("Need attention: {n}").format(n=s.quarantined))
        self.attention.setVisible(s.quarantined > 0)
        when = max(filter(None, (self.last_contact, s.last_sync)), default=None)
        self.contact.setText(tr("Last contact: {when}").format(when=contact_text(when)))
        self.setToolTip(self.text())
        self.setAccessibleName(self.text())

    def text(self) -> str:
        """Everything the header says, in reading order (for tooltips, screen readers and tests)."""
        parts = [self.link.text(), self.waiting.text()]
        if self.attention.isVisibleTo(self):
            parts.append(self.attention.text())
        return " · ".join([*parts, self.contact.text()])
