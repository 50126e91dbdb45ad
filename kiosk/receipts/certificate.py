"""Printing the digitally signed certificate PDF that the portal sent.

The file is printed as it is — never re-rendered — because its digital signature covers the bytes, and a
printout of a signed certificate is valid without a wet stamp. It is checked first (a PDF, opens, has
pages, not absurdly large) so a truncated download is caught at the counter, not at the printer.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.domain.errors import DeviceError, KioskError
from kiosk.receipts.printers import PrintJob, page_media, print_cups
from kiosk.sealed import SealedFolder

MAX_BYTES = 25 * 1024 * 1024


class CertificateInvalid(KioskError):
    """The certificate file is missing, empty, truncated or not a PDF: download it again."""

    code = "certificate_invalid"


def load_certificate(path: str | os.PathLike[str], sealed: SealedFolder | None = None) -> tuple[bytes, int]:
    """The certificate's bytes and page count, or ``CertificateInvalid`` saying what is wrong.

    A file in the kiosk's certificates folder (``sealed``) is decrypted into memory; any other file (one the
    technician names) is read as it is."""
    import pypdfium2 as pdfium

    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise CertificateInvalid(f"{source.name} is {size // 1024} KB, larger than any certificate",
                                     path=str(source))
        data = sealed.read_path(source) if sealed is not None and sealed.holds(source) else source.read_bytes()
    except OSError as exc:
        raise CertificateInvalid(f"cannot read {source}: {exc.strerror or exc}", path=str(source)) from exc
    if not data.startswith(b"%PDF-"):
        raise CertificateInvalid(f"{source.name} is not a PDF", path=str(source))
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CertificateInvalid(f"{source.name} is damaged: {exc}", path=str(source)) from exc
    try:
        pages = len(doc)
    finally:
        doc.close()
    if pages == 0:
        raise CertificateInvalid(f"{source.name} has no pages", path=str(source))
    return data, pages


def print_certificate(path: str | os.PathLike[str], queue: str | None = None, *, copies: int = 1,
                      escpos: str | None = None, sealed: SealedFolder | None = None) -> PrintJob:
    """Send the certificate to an A4 CUPS queue, scaled to fit the page and otherwise untouched."""
    if escpos:
        raise DeviceError("a certificate is an A4 document; print it on an A4 printer, not a receipt printer",
                          reason="wrong_printer")
    data, _ = load_certificate(path, sealed)
    return print_cups(data, queue, media=page_media(data), title=f"Certificate {Path(path).stem}",
                      copies=copies, options=("fit-to-page",))
