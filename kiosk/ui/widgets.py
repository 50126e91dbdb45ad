"""Small shared widgets: a figure card, a page title, a read-only table filled from rows, a dialog's buttons, a
label that claims the height its wrapped text needs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr


class Card(QWidget):
    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.frame = QLabel()
        self.frame.setProperty("role", "card")
        self.frame.setTextFormat(Qt.TextFormat.RichText)
        self.frame.setWordWrap(True)
        self.frame.setMinimumHeight(92)
        box.addWidget(self.frame)
        self.caption = caption
        self.set_value("…")

    def set_value(self, value: str, note: str = "") -> None:
        self.value = value
        extra = f"<br><span style='color:#4b5563'>{note}</span>" if note else ""
        self.frame.setText(f"<span style='color:#4b5563'>{self.caption}</span><br>"
                           f"<span style='font-size:20pt; font-weight:bold'>{value}</span>{extra}")


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], None] | None = None) -> QDialogButtonBox:
    """The dialog's two buttons, OK saying what it does; OK runs ``on_ok`` (default: accept), Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("title")
    return label


class Table(QTableWidget):
    """Read-only, row-selecting, keyboard-navigable; each row keeps a key in UserRole of column 0."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(36)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setTabKeyNavigation(False)

    def fill(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.setRowCount(len(rows))
        for r, (key, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, key)
                self.setItem(r, c, item)

    def current_key(self) -> str | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class WrappedLabel(QLabel):
    """A word-wrapped label that claims the height its text needs at its width (a splitter's pane
    otherwise squeezes it and cuts lines off — in English at 1366 px, in any language at text size 18)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._claim()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._claim()

    def _claim(self) -> None:
        needed = self.heightForWidth(max(self.width(), 200))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
