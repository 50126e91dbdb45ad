"""Printing a certificate that came back from the portal: the file is found by the counter's ``Handover``
(on the pool), checked (a PDF with pages, not oversized), and its pages painted on the printer the operator
picks in the Qt print dialog (the printer chosen in Settings comes pre-selected).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.sealed import SealedFolder


def print_certificate_on(printer: QPrinter, path: Path, on_done: Callable[[int], None],
                         on_error: Callable[[BaseException], None], *, sealed: SealedFolder) -> None:
    """Check and rasterise the file off the GUI thread (decrypted from the ``sealed`` certificates folder into
    memory), then paint every page; a damaged file reaches ``on_error`` as CertificateInvalid, the page count
    reaches ``on_done``."""
    from kiosk.receipts.certificate import load_certificate
    from kiosk.ui.receipt_view import print_in_background

    print_in_background(printer, lambda: load_certificate(path, sealed)[0], on_done, on_error)


def pick_printer(remembered: str, parent: QWidget, keep: list[QPrinter]) -> QPrinter | None:
    """The print dialog with ``remembered`` (the printer chosen in Settings) pre-selected; None when the
    operator cancels. ``keep`` holds the QPrinter beyond the dialog (a temporary QPrinter under
    QPrintDialog crashes PySide6)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    keep[:] = [printer]
    if remembered:
        printer.setPrinterName(remembered)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return printer
