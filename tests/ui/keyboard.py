"""An operator's hands for the window's tests: every key goes to whatever has the focus (nothing is clicked,
no focus is set by the test), and every key is counted.

What counts as one keystroke: one key press, as on the counter's keyboard — a character typed (a Devanagari
letter or sign typed with InScript is one key per code point, Shift included), Enter, Tab, an arrow, Space,
Escape, or a chord such as Ctrl+S.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Keyboard:
    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.trail: list[str] = []  # what was pressed, for the failure message

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, f"no widget has the focus after {self.trail[-5:]}"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            widget = self.focus()
            if ch.isascii():
                QTest.keyClick(widget, ch)
            else:  # QTest is ASCII-only: a key event carrying the Devanagari text, as an IME delivers it
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            self.count += 1
        self.trail.append(text)
        self.qtbot.wait(1)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifiers)
            self.count += 1
            self.qtbot.wait(1)
            self.trail.append(f"{QKeySequence(key | modifiers).toString()}→{self.focus().objectName()}")

    def enter(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Return, times=times)
