"""The duplicate warning at the counter (issue 18): the save stopped because this person already has an
unfinished application for the same service (``LikelyDuplicate`` from the intake use case, nothing written).

The dialog lists the earlier application(s) and offers, keyboard first:

- **Open the existing application** (the default button): the form being typed is set aside in the drafts
  list — never lost — and the Applications screen shows the earlier one;
- **Save with this reason**: enabled once a reason is typed; the save runs again on the worker pool with the
  reason, which the application keeps and the audit trail records (``application.duplicate_continued``);
- **Back to the form** (Esc): nothing happens.

Hooked into ``NewApplicationPage._save_failed`` with one call; the page's own save callbacks finish the job.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from kiosk.domain.clock import local_day
from kiosk.domain.duplicates import Duplicate, LikelyDuplicate
from kiosk.domain.status import LABELS
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.ui.new_application import NewApplicationPage


def taken_on(found: Duplicate) -> str:
    """The counter's day the earlier application was taken (created_at is UTC: 00:30 IST is the day before)."""
    try:
        return local_day(datetime.fromisoformat(found.created_at)).strftime("%d-%m-%Y")
    except ValueError:
        return ""


class DuplicateDialog(QDialog):
    def __init__(self, page: NewApplicationPage, error: LikelyDuplicate) -> None:
        super().__init__(page)
        self.page, self.error = page, error
        self.setObjectName("duplicate_dialog")
        self.setWindowTitle(tr("Possible duplicate application"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        said = QLabel(sentence(error, page.language))
        said.setWordWrap(True)
        layout.addWidget(said)
        self.found = QListWidget()
        self.found.setObjectName("duplicate_found")
        for d in error.found:
            self.found.addItem(f"{d.receipt_number}   {LABELS[d.status].text(page.language)}   "
                               f"{taken_on(d)}")
        self.found.setCurrentRow(0)
        layout.addWidget(self.found, 1)
        layout.addWidget(QLabel(tr("To save another application anyway, write why:")))
        self.reason = QLineEdit()
        self.reason.setObjectName("duplicate_reason")
        self.reason.setPlaceholderText(tr("e.g. the earlier application was for another year"))
        self.reason.setMaxLength(300)
        self.reason.textChanged.connect(self._reason_changed)
        self.reason.returnPressed.connect(self.continue_saving)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open the existing application"))
        self.open_button.setObjectName("duplicate_open")
        self.open_button.clicked.connect(self.open_existing)
        self.open_button.setDefault(True)
        self.continue_button = QPushButton(tr("Save with this reason"))
        self.continue_button.setObjectName("duplicate_continue")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.continue_saving)
        back = QPushButton(tr("Back to the form"))
        back.clicked.connect(self.reject)
        for b in (self.open_button, self.continue_button, back):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.open_button.setFocus()

    def _reason_changed(self, text: str) -> None:
        self.continue_button.setEnabled(bool(text.strip()))
        self.continue_button.setDefault(bool(text.strip()))

    def open_existing(self) -> None:
        row = max(0, self.found.currentRow())
        uuid = self.error.found[row].uuid
        self.accept()
        self.page.park()  # what was typed goes to the drafts list, never lost
        self.page.services.open_application(uuid)

    def continue_saving(self) -> None:
        reason = self.reason.text().strip()
        page = self.page
        result = page.check() if reason and page.side is not None else None
        if result is None or result.application is None:
            return
        self.accept()
        page.saving = True
        assert page.side is not None
        page.side.save_button.setEnabled(False)
        page.side.message.setText(tr("Saving…"))
        app, intake, receipts = result.application, page.intake, page.receipts
        run_in_background(lambda: (intake.save_with_receipt(app, duplicate_reason=reason), receipts.targets()),
                          page._saved, page._save_failed)


def ask_about_duplicate(page: NewApplicationPage, error: BaseException) -> DuplicateDialog | None:
    """The dialog for a save stopped as a likely duplicate (opened), or None for any other failure."""
    if not isinstance(error, LikelyDuplicate):
        return None
    dialog = DuplicateDialog(page, error)
    dialog.open()
    return dialog
