"""Printing a certificate that came back from the portal: the file is found by the counter's ``Handover``
(on the pool), checked (a PDF with pages, not oversized), and its pages painted on the printer
:mod:`kiosk.ui.printer_pick` chooses (the one chosen in Settings, the only one, or the operator's pick).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from kiosk.sealed import SealedFolder


def print_certificate_on(printer: QPrinter, path: Path, on_done: Callable[[int], None],
                         on_error: Callable[[BaseException], None], *, sealed: SealedFolder) -> None:
    """Check and rasterise the file off the GUI thread (decrypted from the ``sealed`` certificates folder into
    memory), then paint every page; a damaged file reaches ``on_error`` as CertificateInvalid, the page count
    reaches ``on_done``."""
    from kiosk.receipts.certificate import load_certificate
    from kiosk.ui.receipt_view import print_in_background

    print_in_background(printer, lambda: load_certificate(path, sealed)[0], on_done, on_error)
