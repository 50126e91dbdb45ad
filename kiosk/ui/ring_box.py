"""Settings: the hub's ring of villages (issue 18) — the list the address form's village picker offers
first, each with both names, its code (the LGD code where known, else the ring's own ``ring-<n>``) and its
PIN. A supervisor adds a village (or completes one saved with one name) or removes one; each change is
saved, audited and queued for the portal by the hub use case. Read and changed on the pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from kiosk.counter.login import account_of, allowed
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.domain.ring import RingVillage
    from kiosk.ui.main_window import Services

LIST_ROWS_HEIGHT = 120  # about five villages; the list scrolls (a ring has 10–12)


class RingBox(QGroupBox):
    def __init__(self, services: Services, say: Callable[[str], None]) -> None:
        super().__init__(tr("Villages of the ring"))
        self.setObjectName("ring_box")
        self.services, self.say = services, say
        form = QFormLayout(self)
        self.villages = QListWidget()
        self.villages.setObjectName("ring_villages")
        self.villages.setMaximumHeight(LIST_ROWS_HEIGHT)
        form.addRow(self.villages)
        self.name_en, self.name_mr = QLineEdit(), QLineEdit()
        self.lgd, self.pin = QLineEdit(), QLineEdit()
        for edit, name in ((self.name_en, "ring_name_en"), (self.name_mr, "ring_name_mr"), (self.lgd, "ring_lgd"),
                           (self.pin, "ring_pin")):
            edit.setObjectName(name)
        self.name_en.setPlaceholderText("Wagholi")
        self.name_mr.setPlaceholderText("वाघोली")
        self.lgd.setPlaceholderText(tr("if known"))
        self.lgd.setMaxLength(6)
        self.pin.setMaxLength(6)
        self.pin.setPlaceholderText("412207")
        names = QHBoxLayout()
        names.addWidget(self.name_en)
        names.addWidget(self.name_mr)
        codes = QHBoxLayout()
        codes.addWidget(self.lgd)
        codes.addWidget(self.pin)
        form.addRow(tr("Name (English, Marathi)"), names)
        form.addRow(tr("LGD village code, PIN"), codes)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add village"))
        self.add_button.setObjectName("ring_add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(tr("Remove selected village"))
        self.remove_button.setObjectName("ring_remove")
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        form.addRow(buttons)
        self.may_change = allowed(services.operator, Action.MANAGE_RING)
        for widget in (self.name_en, self.name_mr, self.lgd, self.pin, self.add_button, self.remove_button):
            widget.setEnabled(self.may_change)
            if not self.may_change:
                widget.setToolTip(tr("Only a supervisor can open this."))
        self.load()

    def load(self) -> None:
        run_in_background(self.services.hub.ring, self._show, lambda exc: self.say(sentence(exc, self.services.language)))

    def _show(self, ring: list[RingVillage]) -> None:
        self.villages.clear()
        for village in ring:
            item = QListWidgetItem(f"{village.caption()}  ·  {village.code}" + (f"  ·  {village.pin}" if village.pin else ""))
            item.setData(Qt.ItemDataRole.UserRole, village.code)
            self.villages.addItem(item)

    def add(self) -> None:
        hub, by = self.services.hub, account_of(self.services.operator)
        typed = (self.name_en.text(), self.name_mr.text(), self.lgd.text(), self.pin.text())
        run_in_background(lambda: hub.add_village(by, *typed), self._added, self._refused)

    def remove(self) -> None:
        item = self.villages.currentItem()
        if item is None:
            self.say(tr("Pick a village in the list first."))
            return
        hub, by, code = self.services.hub, account_of(self.services.operator), str(item.data(Qt.ItemDataRole.UserRole))
        run_in_background(lambda: hub.remove_village(by, code), self._removed, self._refused)

    def _added(self, village: RingVillage) -> None:
        for edit in (self.name_en, self.name_mr, self.lgd, self.pin):
            edit.clear()
        self.say(tr("Village saved: %1. The portal is told at the next sync.").replace("%1", village.caption()))
        self.load()

    def _removed(self, village: RingVillage) -> None:
        self.say(tr("Village removed: %1. The portal is told at the next sync.").replace("%1", village.caption()))
        self.load()

    def _refused(self, exc: BaseException) -> None:
        self.say(sentence(exc, self.services.language))
