"""First run: which hub is this kiosk? (hub code, names, LGD district and taluka, ring villages).

A training hub is one button away, so a trainer can start without knowing the hub's codes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.geo import load_geography
from kiosk.store.hub import Hub, save_hub
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.app import KioskContext

HUB_CODE = re.compile(r"^[A-Z0-9]{3,12}$")


def parse_villages(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for part in re.split(r"[,\n;]+", text):
        name = " ".join(part.split())
        if name and name not in seen:
            seen.append(name)
    return tuple(seen)


class SetupWizard(QWidget):
    finished = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.geo = load_geography(ctx.paths.assets)
        lang = ctx.language
        outer = QVBoxLayout(self)
        title = QLabel(tr("Set up this kiosk's hub"))
        title.setObjectName("title")
        outer.addWidget(title)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("hub_code")
        self.code.setPlaceholderText("PUN0123")
        self.name_en = QLineEdit()
        self.name_mr = QLineEdit()
        self.district = QComboBox()
        self.district.setObjectName("district")
        for d in self.geo.districts:
            self.district.addItem(d.name(lang), d.code)
        self.taluka = QComboBox()
        self.taluka.setObjectName("taluka")
        self.district.currentIndexChanged.connect(self._fill_talukas)
        self.villages = QPlainTextEdit()
        self.villages.setPlaceholderText(tr("One village per line"))
        self.villages.setTabChangesFocus(True)
        self.villages.setMaximumHeight(110)
        form.addRow(tr("Hub code"), self.code)
        form.addRow(tr("Hub name (English)"), self.name_en)
        form.addRow(tr("Hub name (Marathi)"), self.name_mr)
        form.addRow(tr("District"), self.district)
        form.addRow(tr("Taluka"), self.taluka)
        form.addRow(tr("Villages served"), self.villages)
        outer.addLayout(form)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save hub"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.demo_button = QPushButton(tr("Use the training demo hub"))
        self.demo_button.clicked.connect(self.use_demo)
        row.addWidget(self.save_button)
        row.addWidget(self.demo_button)
        outer.addLayout(row)
        outer.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._fill_talukas()

    def _fill_talukas(self) -> None:
        self.taluka.clear()
        code = self.district.currentData()
        if code is None:
            return
        for t in self.geo.talukas_of(int(code)):
            self.taluka.addItem(t.name(self.ctx.language), t.code)

    def problems(self) -> list[str]:
        out = []
        if not HUB_CODE.match(self.code.text().strip().upper()):
            out.append(tr("Hub code: 3 to 12 letters or digits."))
        if not self.name_en.text().strip() or not self.name_mr.text().strip():
            out.append(tr("Give the hub's name in English and in Marathi."))
        if self.taluka.currentData() is None:
            out.append(tr("Choose the district and taluka."))
        return out

    def save(self) -> None:
        found = self.problems()
        if found:
            self.message.setText(" ".join(found))
            return
        hub = Hub(self.code.text().strip().upper(), " ".join(self.name_en.text().split()),
                  " ".join(self.name_mr.text().split()), str(self.district.currentData()),
                  str(self.taluka.currentData()), parse_villages(self.villages.toPlainText()))
        try:
            save_hub(self.ctx.database(), hub)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence, logged in full
            self.message.setText(sentence(exc, self.ctx.language))
            return
        self.finished.emit()

    def use_demo(self) -> None:
        from kiosk.demo import ensure_demo_hub

        try:
            ensure_demo_hub(self.ctx.database())
        except Exception as exc:  # noqa: BLE001
            self.message.setText(sentence(exc, self.ctx.language))
            return
        self.finished.emit()
