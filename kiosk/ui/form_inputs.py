"""Inputs of the application form that do more than a line edit: the Aadhaar box that hides the number once
the operator leaves it, the category and village pickers, and Enter moving the operator on.

Why Enter: at a counter the operator's right hand is on the keypad and the citizen is talking; Enter is the
key they reach for after each answer. Tab still works and still visits every input.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.domain.errors import ProblemList
from kiosk.domain.text import fold_digits
from kiosk.domain.validation import check_aadhaar
from kiosk.ui.i18n import N_, tr

# Reservation categories as Maharashtra's certificates name them; the code is what is stored and sent.
CATEGORIES = (("OPEN", N_("Open")), ("SC", N_("Scheduled Caste (SC)")), ("ST", N_("Scheduled Tribe (ST)")),
              ("VJ-A", N_("Vimukta Jati (VJ-A)")), ("NT-B", N_("Nomadic Tribe B (NT-B)")),
              ("NT-C", N_("Nomadic Tribe C (NT-C)")), ("NT-D", N_("Nomadic Tribe D (NT-D)")),
              ("OBC", N_("Other Backward Class (OBC)")), ("SBC", N_("Special Backward Class (SBC)")),
              ("SEBC", N_("Socially and Educationally Backward Class (SEBC)")),
              ("EWS", N_("Economically Weaker Section (EWS)")))
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def masked_aadhaar(digits: str) -> str:
    return f"XXXX XXXX {digits[-4:]}"


class AadhaarEdit(QLineEdit):
    """Shows the typed number only while the operator is in the box; once focus leaves, a valid number is
    shown as ``XXXX XXXX 1234`` (the citizen's number is not left on the screen for the queue to read).
    ``number()`` is what was typed; coming back into the box shows it again for correcting."""

    def __init__(self) -> None:
        super().__init__()
        self._number = ""

    def number(self) -> str:
        return self._number if self._number else self.text()

    def is_masked(self) -> bool:
        return bool(self._number)

    def set_number(self, value: str) -> None:
        self._number = ""
        self.setText(value)
        if not self.hasFocus():
            self._mask()

    def _mask(self) -> None:
        typed = self.text()
        if check_aadhaar(ProblemList(), typed) is None:
            return  # empty or wrong: leave it as typed, its problem is shown under it
        self.blockSignals(True)
        self._number = typed
        self.setText(masked_aadhaar("".join(ch for ch in typed if ch.isdigit())))
        self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._mask()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self._number:
            self.blockSignals(True)
            self.setText(self._number)
            self._number = ""
            self.blockSignals(False)
        super().focusInEvent(event)


def category_picker() -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", "")
    for code, caption in CATEGORIES:
        combo.addItem(tr(caption), code)
    return combo


class BothNames(QStyledItemDelegate):
    """The open village list shows a ring village by both names (its tooltip, ``Wagholi — वाघोली``); the
    field itself keeps the name the address is written with."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        both = index.data(Qt.ItemDataRole.ToolTipRole)
        if both:
            option.text = str(both)  # type: ignore[attr-defined,unused-ignore]


def village_picker(villages: tuple[str, ...] = ()) -> QComboBox:
    """An editable drop-down over the hub's ring of villages: typing a few letters completes the name, a
    village outside the ring can still be typed."""
    combo = QComboBox()
    combo.setItemDelegate(BothNames(combo))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    set_choices(combo, villages)
    return combo


def set_choices(combo: QComboBox, values: tuple[str, ...]) -> None:
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(list(values))
    combo.setEditText(text)
    combo.blockSignals(False)
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)


def suggest(edit: QLineEdit, answers: tuple[str, ...]) -> None:
    """Complete ``edit`` inline from the usual answers (the rest of the word appears selected: Enter takes
    it, typing on replaces it)."""
    completer = QCompleter(list(answers), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    edit.setCompleter(completer)


def dashes_in_dates(edit: QLineEdit) -> None:
    """A date typed as eight digits (14081986, the quickest on a keypad) is shown as 14-08-1986."""

    def edited(text: str) -> None:
        digits = fold_digits(text)
        if len(digits) == 8 and digits.isdigit():
            edit.setText(f"{digits[:2]}-{digits[2:4]}-{digits[4:]}")

    edit.textEdited.connect(edited)


class EnterMovesOn(QObject):
    """Enter in an input calls ``move_on(widget)`` (Shift+Enter still makes a new line in a text area)."""

    def __init__(self, parent: QObject, move_on: Callable[[QWidget], None]) -> None:
        super().__init__(parent)
        self.move_on = move_on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in ENTER_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks in an open list
        self.move_on(watched)
        return True
