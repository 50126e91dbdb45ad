"""Settings' printers: the page printer remembered (an unplugged one is kept and said so) and an ESC/POS
receipt printer. The choice is read with the rest of the screen and saved on the worker pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from kiosk.counter.settings import Settings
from kiosk.ui.i18n import tr

Run = Callable[[Callable[[], Any], Callable[[Any], None]], None]  # work on the pool, then the answer


class PrintersBox(QGroupBox):
    def __init__(self, settings: Settings, run: Run, say: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Printers"), parent)
        self.settings = settings
        self.run = run
        self.say = say
        form = QFormLayout(self)
        self.printer = QComboBox()
        self.printer.setObjectName("printer_choice")
        self.printer.activated.connect(lambda _i: self.save_printer())
        self.escpos = QLineEdit()
        self.escpos.setObjectName("escpos_uri")
        self.escpos.setPlaceholderText("usb://04b8:0202 · tcp://192.168.1.50:9100")
        escpos_button = QPushButton(tr("Save receipt printer"))
        escpos_button.setObjectName("save_escpos")
        escpos_button.clicked.connect(self.save_escpos)
        form.addRow(tr("Page printer"), self.printer)
        form.addRow(tr("Receipt printer (ESC/POS)"), self.escpos)
        form.addRow("", escpos_button)
        self.show_choice("", "")

    def show_choice(self, remembered: str, escpos_uri: str) -> None:
        self.printer.clear()
        self.printer.addItem(tr("The system's default printer"), "")
        names = QPrinterInfo.availablePrinterNames()
        for name in names:
            self.printer.addItem(name, name)
        if remembered and remembered not in names:  # unplugged today: keep the choice, say so
            self.printer.addItem(tr("{name} (not connected now)").format(name=remembered), remembered)
        self.printer.setCurrentIndex(max(0, self.printer.findData(remembered)))
        self.escpos.setText(escpos_uri)

    def save_printer(self) -> None:
        settings, name = self.settings, str(self.printer.currentData() or "")
        self.run(lambda: settings.save_printer(name), lambda _r: self.say(tr("Printer choice saved.")))

    def save_escpos(self) -> None:
        settings, uri = self.settings, self.escpos.text().strip()  # a bad_printer_uri comes back as its sentence
        self.run(lambda: settings.save_escpos_uri(uri),
                 lambda _r: self.say(tr("Receipt printer saved.") if uri else tr("Receipt printer removed.")))
