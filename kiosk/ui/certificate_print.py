"""Printing a certificate that came back from the portal: the file is found by its SHA-256 in the
certificates folder, checked (a PDF with pages, not oversized), and its pages painted on the printer the
operator picks in the Qt print dialog (the printer chosen in Settings comes pre-selected).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.store.portal_answers import certificate_of

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def certificate_file(ctx: KioskContext, uuid: str) -> Path | None:
    """The downloaded certificate of ``uuid``, or None while none has arrived (or its file is missing)."""
    sha = certificate_of(ctx.database(), uuid)
    if not sha:
        return None
    path = ctx.paths.certificates / f"{sha}.pdf"
    return path if path.is_file() else None


def print_certificate_on(printer: QPrinter, path: Path) -> int:
    """Paint every page; raises CertificateInvalid for a damaged file. Returns the number of pages."""
    from kiosk.receipts.certificate import load_certificate
    from kiosk.ui.receipt_view import paint_on_printer

    data, _pages = load_certificate(path)
    return paint_on_printer(printer, data)


def choose_and_print(ctx: KioskContext, path: Path, parent: QWidget, keep: list[QPrinter]) -> int | None:
    """The print dialog, then the pages; None when the operator cancels. ``keep`` holds the QPrinter
    beyond the dialog (a temporary QPrinter under QPrintDialog crashes PySide6)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    keep[:] = [printer]
    remembered = ctx.setting("print.printer")
    if remembered:
        printer.setPrinterName(remembered)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return print_certificate_on(printer, path)
