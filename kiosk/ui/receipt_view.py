"""Receipt preview, print and save: the PDF the counter's ``Receipts`` made and kept, shown with QtPdf.

Printing rasterises the pages with pypdfium2 on the thread pool at the printer's resolution (capped at
300 dpi) and paints them on the QPrinter on the GUI thread. The PDF is always saved in
the receipts folder first — a jammed printer costs nothing. Only paper counts: the first sheet a printer
takes is the original, a later one (a second Print, the slip after an A4 sheet) says DUPLICATE, and Save
PDF never makes the next print a duplicate. Each copy is recorded on the pool (the GUI thread never
touches the store).

The printer is our own choice (:mod:`kiosk.ui.printer_pick`), never Qt's English print dialog; with no
printer installed the dialog says so and offers Save PDF, which puts a plain copy in the exports folder
under a fresh name (no file dialog, no "overwrite?"). The preview takes what height is left: the buttons
are a fixed footer, on screen at 1366×768 and 1280×720.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kiosk.counter.receipt import PrintTargets, ReceiptFile, Receipts
from kiosk.domain.errors import KioskError
from kiosk.receipts import save_pdf
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import N_, plural, tr
from kiosk.ui.printer_pick import PrinterList, choose_printer, reached_printer
from kiosk.ui.screen_fit import resize_to_fit

log = logging.getLogger("kiosk.ui")


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Each page as a QImage (QImage, unlike QPixmap, may be made off the GUI thread)."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72.0)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            images.append(image)
        return images
    finally:
        doc.close()


def paint_images(printer: QPrinter, pages: list[QImage]) -> int:
    """Paint already-rendered pages on ``printer`` (quick: the slow rasterising happened off the GUI thread)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise KioskError("the printer could not start")
    try:
        for i, image in enumerate(pages):
            if i:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return len(pages)


def print_in_background(printer: QPrinter, pdf: Callable[[], bytes], on_done: Callable[[int], None],
                        on_error: Callable[[BaseException], None]) -> None:
    """Rasterise the PDF (a 300 dpi A4 page takes ~0.3 s) on the thread pool, then paint on the GUI thread,
    where the printer object lives. ``pdf`` is called on the pool too (reading and checking the file)."""
    dpi = min(printer.resolution(), 300)

    def paint(pages: list[QImage]) -> None:
        try:
            count = paint_images(printer, pages)
        except Exception as exc:  # noqa: BLE001 - reaches the operator as a sentence
            on_error(exc)
            return
        on_done(count)

    run_in_background(lambda: render_pages(pdf(), dpi), paint, on_error)


class ReceiptDialog(QDialog):
    def __init__(self, receipts: Receipts, receipt: ReceiptFile, targets: PrintTargets, operator: str,
                 language: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.receipts = receipts
        self.receipt = receipt
        self.targets = targets
        self.operator = operator
        self.language = language
        self.printer: QPrinter | None = None  # kept: a temporary QPrinter under QPrintDialog segfaults
        self.printing = False
        self.picker: PrinterList | None = None
        self.setWindowTitle(tr("Receipt {no}").format(no=receipt.application.receipt_number))
        outer = QVBoxLayout(self)
        note = tr("Saved: {path}").format(path=receipt.path.name)
        if receipt.duplicate:
            note += " · " + tr("DUPLICATE")
        self.note = QLabel(note)
        outer.addWidget(self.note)
        # QtPdf draws the very bytes that are printed and saved (PDFium inside, so conjuncts look as on paper).
        self._pdf_bytes = QBuffer(self)
        self._pdf_bytes.setData(QByteArray(receipt.pdf))
        self._pdf_bytes.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._pdf_bytes)
        self.preview = QPdfView(self)
        self.preview.setObjectName("receipt_preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        outer.addWidget(self.preview, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.print_button = QPushButton(tr("Print"))
        self.print_button.setProperty("primary", True)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(tr("Save PDF"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        self.escpos_uri = targets.escpos_uri
        self.escpos_button = QPushButton(tr("Print on the receipt printer"))
        self.escpos_button.setObjectName("print_escpos")
        self.escpos_button.clicked.connect(self.print_on_receipt_printer)
        self.escpos_button.setVisible(bool(self.escpos_uri))
        for b in (self.print_button, self.escpos_button, self.save_button, close):
            row.addWidget(b)
        outer.addLayout(row)
        resize_to_fit(self, 760, 900)
        if self.document.status() == QPdfDocument.Status.Error:  # never for our own receipts; say so if it were
            self.message.setText(tr("The preview cannot be shown; the receipt is saved and can be printed."))

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def _record(self, destination: str, paper: ReceiptFile | None) -> None:
        """Record a copy — ``paper`` the one a printer took (the next paper then says DUPLICATE), None for a
        saved PDF (never paper). Call it on the pool."""
        try:
            if paper is not None:
                self.receipts.record_paper(paper, destination, self.operator)
            else:
                self.receipts.record_saved(self.receipt, destination, self.operator)
        except KioskError as exc:  # a read-only database must not stop a reprint
            log.warning("print not recorded: %s", exc)

    def choose_printer(self) -> PrinterList | None:
        """The printer chosen in Settings, the only one installed, or the operator's pick from our list;
        with none installed, say so and offer Save PDF (nothing is reported printed)."""
        self.picker = choose_printer(self.targets.printer, self, self.print_to, self.no_printer)
        return self.picker

    def no_printer(self) -> None:
        self.message.setText(tr("No printer is installed on this computer, so nothing was printed. "
                                "Save PDF keeps a copy to print elsewhere."))
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def print_to(self, printer: QPrinter) -> None:
        self.printer = printer
        self.printing = True
        self.message.setText(tr("Printing…"))

        def done(pages: int) -> None:
            if not reached_printer(printer):
                failed_to(printer.printerName())
                return
            text = plural(pages, N_("Printed {n} page."), N_("Printed {n} pages.")).format(n=pages)
            destination = printer.printerName() or printer.outputFileName() or "printer"
            run_in_background(lambda: self._record(destination, sent[0]), lambda _r: finished(text),
                              lambda _e: finished(text))

        def finished(text: str) -> None:
            self.printing = False
            self.message.setText(text)

        def failed(exc: BaseException) -> None:  # the PDF is saved; tell the operator where
            self.printing = False
            self.message.setText(sentence(exc, self.language) + " " +
                                 tr("Saved: {path}").format(path=self.receipt.path))

        def failed_to(name: str) -> None:
            self.printing = False
            self.message.setText(tr("The printer {name} did not take the receipt: nothing was printed. "
                                    "Check the printer, or use Save PDF.").format(name=name))

        receipts, receipt = self.receipts, self.receipt
        sent: list[ReceiptFile] = []

        def paper_pdf() -> bytes:  # on the pool: the original while no paper exists, else the DUPLICATE
            sent.append(receipts.for_paper(receipt))
            return sent[0].pdf

        print_in_background(printer, paper_pdf, done, failed)

    def print_on_receipt_printer(self) -> None:
        """The 80 mm layout to the ESC/POS printer from Settings, off the GUI thread (USB/TCP may hang)."""
        from kiosk.receipts.escpos_print import print_escpos

        receipts, uri, language = self.receipts, self.escpos_uri, self.language
        self.escpos_button.setEnabled(False)
        self.message.setText(tr("Printing on the receipt printer…"))

        receipt = self.receipt

        def work() -> int:  # the 80 mm roll always; DUPLICATE when paper was printed before (A4 too)
            slip = receipts.for_paper(receipt, "80mm")
            sent = print_escpos(slip.pdf, uri)
            self._record(uri, slip)
            return sent

        def done(_sent: int) -> None:
            self.escpos_button.setEnabled(True)
            self.message.setText(tr("Printed on the receipt printer."))

        def failed(exc: BaseException) -> None:
            self.escpos_button.setEnabled(True)
            self.message.setText(sentence(exc, language) + " " + tr("Saved: {path}").format(path=self.receipt.path))

        run_in_background(work, done, failed)

    def save_as(self) -> None:
        """A plain copy in the exports folder, under a fresh name, said with its full path."""
        receipts, receipt, operator = self.receipts, self.receipt, self.operator
        run_in_background(lambda: receipts.save_copy(receipt, operator),
                          lambda saved: self.message.setText(tr("Saved: {path}").format(path=saved)),
                          lambda exc: self.message.setText(sentence(exc, self.language)))

    def save_to(self, path: Path) -> None:
        """An export where the operator asked (a plain PDF), then the print recorded; both on the pool."""
        pdf = self.receipt.pdf

        def work() -> Path:
            saved = save_pdf(pdf, path)
            self._record(str(path), None)
            return saved

        run_in_background(work, lambda saved: self.message.setText(tr("Saved: {path}").format(path=saved)),
                          lambda exc: self.message.setText(sentence(exc, self.language)))
