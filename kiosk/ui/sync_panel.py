"""Sync panel: send now with per-item and byte progress, what the last pass really achieved (never "done"
when the portal was not reached), and the items the portal refused (quarantined) with their reason and a
retry once the operator has corrected what was wrong (the counter's ``Corrections``, run on the pool)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.counter.correction import Refused
from kiosk.sync.progress import SyncProgress, SyncReport
from kiosk.ui.background import run_in_background
from kiosk.ui.correction_dialog import CorrectionDialog
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import group_indian
from kiosk.ui.i18n import N_, tr
from kiosk.ui.sync_control import SyncState
from kiosk.ui.sync_header import STAGES, offline_text
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

# What a queued item is, as the operator calls it (the outbox's kind).
KINDS = {"application": N_("Application"), "feedback": N_("Citizen's feedback"), "appeal": N_("Appeal"),
         "carried": N_("Carried for another hub")}

# How the pass ended, in colour as well as words (the header uses the same colours).
STAGE_STYLE = """
QLabel[tone="good"] { color: #1e7b34; font-weight: bold; }
QLabel[tone="warn"] { color: #7a4a00; font-weight: bold; }
QLabel[tone="bad"] { color: #b3261e; font-weight: bold; }
"""


class SyncPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.corrections = services.corrections
        self.sync = services.sync
        self.log: list[SyncProgress] = []
        self.dialog: CorrectionDialog | None = None  # the open correction, once its application is loaded
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Sync")))
        row = QHBoxLayout()
        self.start_button = QPushButton(tr("Sync now (F5)"))
        self.start_button.setObjectName("sync_start")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(lambda: self.sync.start())
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stopped = False  # the operator pressed Stop during this pass: it ended early, not done
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.stage = QLabel(tr("Not running."))
        self.stage.setObjectName("sync_stage")
        self.stage.setWordWrap(True)
        self.stage.setStyleSheet(STAGE_STYLE)
        outer.addWidget(self.stage)
        self.items = QProgressBar()
        self.items.setObjectName("sync_items")
        self.items.setFormat(tr("%v of %m items"))
        self.items.hide()  # until a pass has something to count: an empty bar reads as "nothing done"
        self.bytes = QLabel("")
        outer.addWidget(self.items)
        outer.addWidget(self.bytes)
        self.result = QLabel("")
        self.result.setObjectName("sync_result")
        self.result.setWordWrap(True)
        outer.addWidget(self.result)
        box = QGroupBox(tr("Refused by the portal (need attention)"))
        qbox = QVBoxLayout(box)
        self.quarantine = Table([tr("Item"), tr("Kind"), tr("Reason")])
        self.quarantine.setObjectName("quarantine")
        qbox.addWidget(self.quarantine)
        self.retry_button = QPushButton(tr("Retry the selected item"))
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry_selected)
        qbox.addWidget(self.retry_button)
        self.correct_button = QPushButton(tr("Correct and send again…"))
        self.correct_button.setObjectName("correct")
        self.correct_button.clicked.connect(lambda: self.correct_selected())
        qbox.addWidget(self.correct_button)
        outer.addWidget(box, 1)
        self.sync.progress.connect(self.on_progress)
        self.sync.finished.connect(self.on_finished)
        self.sync.failed.connect(self.on_failed)
        self.settling: SyncReport | None = None  # a pass that reached the portal, until the queue is re-read
        self.sync.changed.connect(self.on_changed)

    def activated(self) -> None:
        self.load_quarantine()

    def stop(self) -> None:
        self.stopped = self.sync.running
        self.sync.stop()

    def on_progress(self, p: SyncProgress) -> None:
        self.log.append(p)
        if p.stage == "done":  # how it ended is the report's to say (on_finished), not this last step's
            return
        self._set_stage(tr(STAGES.get(p.stage, STAGES["connect"])))
        if p.stage in ("send", "certificates") and p.total:
            self.items.setRange(0, p.total)
            self.items.setValue(p.done)
            self.items.show()
        elif p.stage == "upload" and p.total:
            self.bytes.setText(tr("Uploading {kb} KB").format(kb=group_indian(max(1, p.total // 1024))))
        if p.bytes:
            self.bytes.setText(tr("Sent so far: {kb} KB").format(kb=group_indian(p.bytes // 1024)))

    def on_finished(self, report: SyncReport) -> None:
        counts = tr("Sent {sent}, refused {rejected}; {status} status updates, {certs} certificates.").format(
            sent=report.sent, rejected=report.rejected, status=report.status_applied, certs=report.certificates)
        stopped, self.stopped, self.settling = self.stopped, False, None
        if report.skipped:
            self._set_stage(tr("Another sync is running on this computer; it sends the queue."))
            self.result.setText("")
            return
        if not report.online:
            self._set_stage(tr("The portal was not reached: {reason}.").format(
                reason=offline_text(report.offline_reason)), "bad")
            text = tr("Applications stay queued and will be sent when the connection returns.")
            self.result.setText(counts + " " + text if report.sent else text)
        elif stopped:
            self._set_stage(tr("Stopped before the end."), "warn")
            self.result.setText(counts + " " + tr("The rest goes with the next sync."))
        else:
            # Reached: whether anything is left is the queue's to say (a failed try may have gone through
            # later in the same pass), read by the controller right after this (the next ``changed``).
            self._set_stage(tr("The portal was reached; checking what is left…"))
            self.result.setText(counts + (" " + tr("Some answers could not be fetched; they will be asked for "
                                                   "again.") if report.errors else ""))
            self.settling = report
        self.load_quarantine()

    def on_changed(self, state: SyncState) -> None:
        self.start_button.setEnabled(not state.running)
        report, self.settling = self.settling, None
        if report is None or state.running:
            return
        if state.pending:
            self._set_stage(tr("Reached the portal, but not everything went through.") + " " +
                            tr("Still waiting to be sent: {n}; they are tried again by themselves.").format(
                                n=state.pending), "warn")
        elif report.errors:
            self._set_stage(tr("Reached the portal, but not everything went through."), "warn")
        else:
            self._set_stage(tr("Done: nothing is left waiting to be sent."), "good")

    def _set_stage(self, text: str, tone: str = "") -> None:
        self.stage.setText(text)
        if self.stage.property("tone") != tone:
            self.stage.setProperty("tone", tone)
            self.stage.style().unpolish(self.stage)
            self.stage.style().polish(self.stage)

    def on_failed(self, exc: BaseException) -> None:
        self.stopped, self.settling = False, None
        self._set_stage(tr("Sync stopped by an error"), "bad")
        self.result.setText(sentence(exc, self.services.language))

    def load_quarantine(self) -> None:
        run_in_background(self.corrections.quarantined, self._show_quarantine, self.services.show_error)

    def _show_quarantine(self, found: list[Any]) -> None:
        self.quarantined = found
        self.quarantine.fill([(str(i.id), (_receipt_of(i.payload) or i.idempotency_key[:8],
                                           tr(KINDS[i.kind]) if i.kind in KINDS else i.kind,
                                           i.last_error)) for i in found])
        self.retry_button.setEnabled(bool(found))
        self.correct_button.setEnabled(any(i.kind == "application" and i.application_uuid for i in found))

    def retry_selected(self) -> None:
        key = self.quarantine.current_key()
        if key is None:
            return
        corrections = self.corrections
        run_in_background(lambda: corrections.retry(int(key)), lambda _r: self._retried(),
                          self.services.show_error)

    def correct_selected(self) -> bool:
        """An application the portal refused: load it on the pool, then the dialog (``self.dialog``) to edit
        what was typed; it goes out again with the next sync. False when no refused application is chosen."""
        key = self.quarantine.current_key()
        item = next((i for i in self.quarantined if str(i.id) == key), None)
        if item is None or item.kind != "application" or not item.application_uuid:
            self.result.setText(tr("Choose a refused application first."))
            return False
        corrections = self.corrections
        run_in_background(lambda: (corrections.open(item), corrections.today()), self._open_correction,
                          self.services.show_error)
        return True

    def _open_correction(self, found: tuple[Refused, Any]) -> None:
        refused, today = found
        dialog = CorrectionDialog(refused.application, refused.service, refused.reason, self.services.language,
                                  today, self)
        dialog.accepted.connect(lambda: self._store_correction(dialog.corrected))
        self.dialog = dialog
        dialog.open()

    def _store_correction(self, corrected: Any) -> None:
        if corrected is None:
            return
        corrections, actor = self.corrections, self.services.operator.username
        run_in_background(lambda: corrections.resend(corrected, actor=actor), lambda _r: self._retried(),
                          self.services.show_error)

    def _retried(self) -> None:
        self.result.setText(tr("The item will be sent again with the next sync."))
        self.load_quarantine()
        self.services.sync.refresh()


def _receipt_of(payload: dict[str, Any]) -> str:
    """The receipt number an item names (a carried item names it inside the application it relays)."""
    inner = payload.get("application")
    return str(payload.get("receipt_number") or (inner.get("receipt_number") if isinstance(inner, dict) else "") or "")
