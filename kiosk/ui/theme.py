"""Fonts and the look: bundled Noto fonts, large touch targets, a focus ring you can see across a room, and
input that does not change behind the operator's back (the mouse wheel never turns a drop-down or a number
box the operator is not in)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QWidget,
)

log = logging.getLogger("kiosk.ui")

FAMILIES = ["Noto Sans", "Noto Sans Devanagari"]
ACCENT = "#0b5cad"
WARN = "#b3261e"

STYLE = """
QWidget {{ font-size: {pt}pt; }}
QMainWindow, QDialog {{ background: #f6f7f9; }}
QPushButton {{ min-height: 40px; padding: 6px 16px; border: 1px solid #9aa4b2; border-radius: 6px;
               background: white; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {accent}; color: white; border-color: {accent}; }}
QPushButton:disabled {{ color: #8a8f98; background: #eceef1; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QListWidget, QTableWidget {{
    min-height: 36px; padding: 2px 6px; border: 1px solid #9aa4b2; border-radius: 4px; background: white; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 2px solid {warn}; }}
QComboBox {{ padding-right: 4px; }}
QComboBox::drop-down {{ width: 34px; border-left: 1px solid #9aa4b2; }}
{arrows}
QComboBox QAbstractItemView {{ background: white; color: black; border: 1px solid #9aa4b2;
    selection-background-color: {accent}; selection-color: white; }}
QComboBox QAbstractItemView::item {{ min-height: 34px; padding: 0 6px; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{
    background: {accent}; color: white; }}
QAbstractItemView {{ selection-background-color: {accent}; selection-color: white; }}
*:focus {{ outline: none; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QCheckBox:focus, QRadioButton:focus,
QListWidget:focus, QTableWidget:focus, QPlainTextEdit:focus, QSpinBox:focus {{ border: 3px solid #f59e0b; }}
QCheckBox, QRadioButton {{ min-height: 32px; spacing: 8px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 22px; height: 22px; }}
QListWidget#nav {{ background: #1f2a37; color: white; border: none; font-size: {nav}pt; }}
QListWidget#nav::item {{ min-height: 52px; padding-left: 12px; }}
QListWidget#nav::item:selected {{ background: {accent}; }}
QLabel#banner {{ background: #f59e0b; color: black; font-weight: bold; padding: 6px; }}
QLabel#title {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="error"] {{ color: {warn}; }}
QListWidget#incoming {{ min-height: 140px; }}
QListWidget#attached {{ min-height: 72px; }}
QLabel[role="card"] {{ background: white; border: 1px solid #d5dae1; border-radius: 8px; padding: 10px; }}
QGroupBox {{ font-weight: bold; border: 1px solid #d5dae1; border-radius: 8px; margin-top: 14px; padding: 8px;
             background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
"""


def load_fonts(assets: Path) -> list[str]:
    """Register the bundled OFL Noto fonts so Devanagari looks the same on every PC; returns families."""
    global _ICONS
    if (assets / "icons" / "arrow-down.png").exists():
        _ICONS = assets / "icons"
    found: list[str] = []
    for path in sorted((assets / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path)
            continue
        found.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(found))


class WheelGuard(QObject):
    """A closed drop-down or a number box turns with the wheel only while it has the focus; otherwise the
    wheel scrolls the form it sits in (a document type or income source changed under a passing mouse was
    saved unnoticed). Such inputs also stop taking the focus from the wheel."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, (QComboBox, QAbstractSpinBox)):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if isinstance(watched, QComboBox) and not isinstance(watched.itemDelegate(), QStyledItemDelegate):
                # the default menu-like delegate draws the highlighted row with the drop-down's own white
                # panel (white on white); a styled delegate takes the selection colours of the style sheet
                watched.setItemDelegate(QStyledItemDelegate(watched))
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            guarded = guarded_input(watched)
            if guarded is not None and not guarded.hasFocus():
                area = scroll_area_of(guarded)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                return True
        return False


def guarded_input(widget: QWidget) -> QWidget | None:
    """The drop-down or number box ``widget`` belongs to (its line edit or itself), if any."""
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, (QComboBox, QAbstractSpinBox)):
            return candidate
    return None


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent.parentWidget(), QComboBox):
            return parent
        parent = parent.parentWidget()
    return None


_GUARD: WheelGuard | None = None
_ICONS: Path | None = None  # assets/icons, known once the fonts are loaded from the same assets

# Large arrows on drop-downs and number boxes (Qt's own are 7 px, unseen by a new operator); drawn from
# images, because a styled drop-down draws no arrow of its own.
ARROWS = """
QComboBox::down-arrow {{ image: url("{icons}/arrow-down.png"); width: 18px; height: 18px; }}
QComboBox::down-arrow:disabled {{ image: url("{icons}/arrow-down-disabled.png"); }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 30px; }}
QAbstractSpinBox::up-arrow {{ image: url("{icons}/arrow-up.png"); width: 16px; height: 16px; }}
QAbstractSpinBox::down-arrow {{ image: url("{icons}/arrow-down.png"); width: 16px; height: 16px; }}
QAbstractSpinBox::up-arrow:disabled {{ image: url("{icons}/arrow-up-disabled.png"); }}
QAbstractSpinBox::down-arrow:disabled {{ image: url("{icons}/arrow-down-disabled.png"); }}
"""


def guard_wheel(app: QApplication) -> WheelGuard:
    """Install the wheel guard once for the whole application (every screen and dialog)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(app)
        app.installEventFilter(_GUARD)
    return _GUARD


def apply_theme(app: QApplication, point_size: int = 13) -> None:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    app.setFont(font)
    guard_wheel(app)
    arrows = ARROWS.format(icons=_ICONS.as_posix()) if _ICONS is not None else ""
    app.setStyleSheet(STYLE.format(pt=point_size, nav=point_size + 1, title=point_size + 5,
                                   accent=ACCENT, warn=WARN, arrows=arrows))
