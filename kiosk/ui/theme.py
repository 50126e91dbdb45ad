"""Fonts and the look: bundled Noto fonts, large touch targets, a focus ring you can see across a room."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

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
QLabel[role="card"] {{ background: white; border: 1px solid #d5dae1; border-radius: 8px; padding: 10px; }}
QGroupBox {{ font-weight: bold; border: 1px solid #d5dae1; border-radius: 8px; margin-top: 14px; padding: 8px;
             background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
"""


def load_fonts(assets: Path) -> list[str]:
    """Register the bundled OFL Noto fonts so Devanagari looks the same on every PC; returns families."""
    found: list[str] = []
    for path in sorted((assets / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path)
            continue
        found.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(found))


def apply_theme(app: QApplication, point_size: int = 13) -> None:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    app.setFont(font)
    app.setStyleSheet(STYLE.format(pt=point_size, nav=point_size + 1, title=point_size + 5,
                                   accent=ACCENT, warn=WARN))
