"""The citizen who walks in with a receipt: scan its QR (a USB scanner types it) or type its number, and the
counter says the status, the due date, what is missing and what they can do next; then the certificate's
delivery history, the certificates whose delivery failed, and a change of channel when the citizen asks.

Everything is read and written through ``services.deliveries`` (``kiosk.counter.delivery``) on the worker
pool; the words are the message catalogue's, in the operator's language. Keyboard first: the receipt box
has the focus, Enter looks up, Tab reaches the channels, Ctrl+S saves a change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.delivery import masked_contact
from kiosk.domain.messages import say
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr
from kiosk.ui.intake_channels import ChannelsBox

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


def attempt_line(a: Any, language: str) -> str:
    kind = "" if a.kind == "certificate" else say("lookup.ack", language) + ": "
    return (f"{a.at[:16].replace('T', ' ')}  {kind}{say(f'delivery_channel.{a.channel}', language)} — "
            f"{say(f'delivery_outcome.{a.outcome}', language)}")


class CitizenDesk(QDialog):
    def __init__(self, services: Services, key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.language = services, services.language
        self.uuid = ""
        self.changed = False  # a change was just saved: say so, whether it went into a queued body or a new item
        self.setWindowTitle(tr("Receipt look-up and delivery"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.receipt = QLineEdit(key)
        self.receipt.setObjectName("lookup_receipt")
        self.receipt.setPlaceholderText(tr("Scan the receipt's QR or type its number, then Enter"))
        self.receipt.returnPressed.connect(self.look_up)
        row.addWidget(self.receipt, 1)
        self.failed_button = QPushButton(tr("Failed deliveries"))
        self.failed_button.setObjectName("failed_deliveries")
        self.failed_button.clicked.connect(self.show_failed)
        row.addWidget(self.failed_button)
        layout.addLayout(row)
        self.answer = QLabel("")
        self.answer.setObjectName("lookup_answer")
        self.answer.setWordWrap(True)
        layout.addWidget(self.answer)
        self.history = QListWidget()
        self.history.setObjectName("delivery_history")
        layout.addWidget(self.history, 1)
        self.channels = ChannelsBox()
        self.channels.acknowledgement.hide()  # the acknowledgement went at intake
        self.channels.note.hide()
        self.channels.setEnabled(False)
        layout.addWidget(self.channels)
        buttons = QHBoxLayout()
        self.message = QLabel("")
        self.message.setObjectName("desk_message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.save = QPushButton(tr("Change delivery"))
        self.save.setObjectName("change_delivery")
        self.save.setToolTip("Ctrl+S")
        self.save.setEnabled(False)
        self.save.clicked.connect(self.change)
        buttons.addWidget(self.save)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.change)
        if key:
            self.look_up()

    def look_up(self) -> None:
        text, desk, language = self.receipt.text().strip(), self.services.deliveries, self.language
        if not text:
            return
        self.message.setText(tr("Looking up…"))
        run_in_background(lambda: desk.desk(text, language), self._shown, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(sentence(exc, self.language))
        self.answer.setText("")
        self.history.clear()
        self.channels.setEnabled(False)
        self.save.setEnabled(False)

    def _shown(self, found: tuple[Any, Any]) -> None:
        answer, view = found
        lines = answer.lines()
        self.answer.setText("<br>".join([f"<b>{lines[0]}</b>", *lines[1:-1], f"<b>{lines[-1]}</b>"]))
        self.history.clear()
        if view is None:  # another hub's receipt: its channels are that hub's to change
            self.uuid = ""
            self.channels.setEnabled(False)
            self.save.setEnabled(False)
            self.message.setText("")
            return
        self.uuid = view.uuid
        for c in view.channels:
            self.history.addItem(f"{say(f'delivery_channel.{c.channel}', self.language)} "
                                 f"{masked_contact(c.channel, c.contact)}".rstrip())
        for a in view.attempts:
            self.history.addItem(attempt_line(a, self.language))
        values = {f"channel_{c.channel}": "yes" for c in view.channels}
        values.update({f"consent_{c.channel}": "yes" for c in view.channels if c.consent_at})
        values.update({f"contact_{c.channel}": c.contact for c in view.channels})
        self.channels.set_values(values)
        self.channels.setEnabled(True)
        self.save.setEnabled(True)
        self.message.setText(say("lookup.changed", self.language, channels=", ".join(
            say(f"delivery_channel.{c.channel}", self.language) for c in view.channels))
            if view.change_pending or self.changed else "")
        self.changed = False

    def change(self) -> None:
        if not self.uuid or not self.save.isEnabled():
            return
        desk, uuid, chosen = self.services.deliveries, self.uuid, self.channels.channels()
        operator = self.services.operator.username
        self.save.setEnabled(False)
        run_in_background(lambda: desk.change(uuid, chosen, operator, "citizen asked at the counter"),
                          lambda _view: self._saved(), self._failed)

    def _saved(self) -> None:
        self.changed = True
        self.look_up()

    def show_failed(self) -> None:
        desk = self.services.deliveries
        run_in_background(desk.failed, self._failed_list, self._failed)

    def _failed_list(self, failed: list[Any]) -> None:
        self.history.clear()
        self.answer.setText(f"<b>{tr('Certificates whose delivery failed: print them here or change the channel')}"
                            f"</b> ({len(failed)})")
        for f in failed:
            self.history.addItem(f"{f.receipt_number}  " + "; ".join(attempt_line(a, self.language) for a in f.failed))
        self.history.itemActivated.connect(self._open_failed)

    def _open_failed(self, item: Any) -> None:
        receipt = item.text().split("  ")[0]
        if receipt.startswith("MH") or "-" in receipt:
            self.receipt.setText(receipt)
            self.look_up()


def desk_button(page: Any) -> QPushButton:
    """The Applications screen's way in (F6 from anywhere on it): the highlighted application's receipt is
    looked up at once; with none highlighted the box waits for a scan."""
    button = QPushButton(tr("Receipt look-up and delivery… (F6)"))
    button.setObjectName("citizen_desk")

    def open_desk() -> None:
        current = getattr(page, "current", None)
        page.citizen_desk = CitizenDesk(page.services, current.receipt_number if current else "", page)
        page.citizen_desk.open()

    button.clicked.connect(open_desk)
    QShortcut(QKeySequence("F6"), page).activated.connect(open_desk)
    return button
