"""Printing a certificate that came back from the portal: the file is found by its SHA-256 in the
certificates folder, checked (a PDF with pages, not oversized), and its pages painted on the printer the
operator picks in the Qt print dialog (the printer chosen in Settings comes pre-selected).
"""

from __future__ import annotations

from collections.abc import Callable
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


def print_certificate_on(printer: QPrinter, path: Path, on_done: Callable[[int], None],
                         on_error: Callable[[BaseException], None]) -> None:
    """Check and rasterise the file off the GUI thread, then paint every page; a damaged file reaches
    ``on_error`` as CertificateInvalid, the page count reaches ``on_done``."""
    from kiosk.receipts.certificate import load_certificate
    from kiosk.ui.receipt_view import print_in_background

    print_in_background(printer, lambda: load_certificate(path)[0], on_done, on_error)


def choose_printer(ctx: KioskContext, parent: QWidget, keep: list[QPrinter]) -> QPrinter | None:
    """The print dialog; None when the operator cancels. ``keep`` holds the QPrinter beyond the dialog
    (a temporary QPrinter under QPrintDialog crashes PySide6)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    keep[:] = [printer]
    remembered = ctx.setting("print.printer")
    if remembered:
        printer.setPrinterName(remembered)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return printer
