"""Which printer a receipt or certificate goes to — our own choice, never Qt's print dialog (English on a
Marathi screen, and on a PC without printers it offers "Print to File", which then reports pages
"printed" that reached no printer).

The printers are the system's queues (``QPrinterInfo``). The one chosen in Settings is used at once when
connected; a single installed printer is used at once; with several, a short list in the operator's
language (the system's default first). With none, nothing is "printed": the caller says so and offers
Save PDF.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.ui.i18n import tr
from kiosk.ui.widgets import ok_cancel


def installed_printers() -> list[str]:
    """The system's printer queues, its default first."""
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda n: (n != default, n.casefold()))


def printer_named(name: str) -> QPrinter | None:
    """A high-resolution QPrinter on the system queue ``name``; None when Qt cannot print to it natively
    (without a print system Qt quietly turns a QPrinter into a PDF writer: that is not a printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setPrinterName(name)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.printerName() != name:
        return None
    return printer


def reached_printer(printer: QPrinter) -> bool:
    """False when a system queue reports an error after the pages were painted (they did not reach it).
    A PDF ``printer`` given by a caller (an export) is its own destination and counts as reached."""
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    return not native or (printer.isValid() and printer.printerState() != QPrinter.PrinterState.Error)


class PrinterList(QDialog):
    """Several printers installed and none chosen in Settings: pick one (Enter prints on the highlighted)."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printer_list")
        self.setWindowTitle(tr("Choose a printer"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Print on:")))
        self.names = QListWidget()
        self.names.setObjectName("printer_names")
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.names.addItem(item)
        self.names.setCurrentRow(0)
        self.names.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.names, 1)
        layout.addWidget(ok_cancel(self, tr("Print")))

    def chosen(self) -> str:
        item = self.names.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""


def choose_printer(remembered: str, parent: QWidget, on_chosen: Callable[[QPrinter], None],
                   on_none: Callable[[], None]) -> PrinterList | None:
    """Calls ``on_chosen`` with the printer to use (at once, or when the operator picks one from the list,
    which is returned while it is open), or ``on_none`` when no printer is installed."""
    names = installed_printers()
    if not names:
        on_none()
        return None
    def use(name: str) -> None:
        printer = printer_named(name)
        if printer is None:  # listed a moment ago, gone now
            on_none()
        else:
            on_chosen(printer)

    if remembered in names or len(names) == 1:
        use(remembered if remembered in names else names[0])
        return None
    dialog = PrinterList(names, parent)
    dialog.accepted.connect(lambda: use(dialog.chosen()) if dialog.chosen() else None)
    dialog.open()
    return dialog
