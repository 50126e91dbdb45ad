"""The drafts list: applications set aside unfinished (a citizen gone home for a document), opened again
or discarded explicitly — a discard asks first, and its two buttons do not both mean "cancel"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.draft import Draft, ParkedDraft
from kiosk.domain.catalogue import Catalogue
from kiosk.ui.i18n import tr


class DraftsDialog(QDialog):
    """Lists the parked drafts; ``on_open(key)`` is called for the one to continue."""

    def __init__(self, draft: Draft, catalogue: Catalogue, language: str, on_open: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Applications set aside"))
        self.draft, self.catalogue, self.language, self.on_open = draft, catalogue, language, on_open
        self.confirm: QMessageBox | None = None
        box = QVBoxLayout(self)
        self.empty = QLabel(tr("No application is set aside."))
        box.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setObjectName("drafts")
        self.list.itemActivated.connect(lambda _item: self.open_current())
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Continue this application"))
        self.open_button.setObjectName("open_draft")
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_current)
        self.discard_button = QPushButton(tr("Discard…"))
        self.discard_button.setObjectName("discard_draft")
        self.discard_button.clicked.connect(self.ask_discard)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.open_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(close)
        box.addLayout(row)
        self.resize(720, 420)
        self.reload()

    def _caption(self, d: ParkedDraft) -> str:
        name = d.name_mr if self.language in ("mr", "hi") and d.name_mr else d.name_en or d.name_mr
        service = (self.catalogue.service(d.service_code).name.text(self.language)
                   if self.catalogue.has(d.service_code) else d.service_code)
        return f"{name or '—'}  ·  {service}  ·  {d.parked_at.strftime('%d-%m-%Y %H:%M')}"

    def reload(self) -> None:
        self.list.clear()
        for d in self.draft.parked():
            item = QListWidgetItem(self._caption(d))
            item.setData(Qt.ItemDataRole.UserRole, d.key)
            self.list.addItem(item)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.open_button.setEnabled(has)
        self.discard_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def open_current(self) -> None:
        key = self.current_key()
        if key is not None:
            self.accept()
            self.on_open(key)

    def ask_discard(self) -> QMessageBox | None:
        key, item = self.current_key(), self.list.currentItem()
        if key is None or item is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Discard the application"),
                          tr("Discard this unfinished application for good?") + "\n" + item.text(),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(tr("Discard the application"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        discard.setObjectName("confirm_discard")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        discard.clicked.connect(lambda: self._discard(key))
        self.confirm = box
        box.open()
        return box

    def _discard(self, key: str) -> None:
        self.draft.discard(key)
        self.reload()
