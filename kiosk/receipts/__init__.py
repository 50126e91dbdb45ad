"""Receipts and printing (Qt-free): one plain model, A4 and 80 mm layouts, CUPS / PDF / ESC/POS output.

    data = build_receipt_data(application, service, hub, document_label=catalogue.document_label)
    pdf = render_receipt(data, "80mm")
    save_pdf(pdf, path); print_cups(pdf, "Receipt80"); print_escpos(pdf, "usb://04b8:0e15")
"""

from kiosk.receipts.build import build_receipt_data
from kiosk.receipts.certificate import CertificateInvalid, load_certificate, print_certificate
from kiosk.receipts.dayclose import DayCloseData, DayEntry, render_day_close
from kiosk.receipts.escpos_print import build_job, print_escpos
from kiosk.receipts.format import format_datetime, format_paise
from kiosk.receipts.handover import HandoverData, render_handover
from kiosk.receipts.layout import LAYOUTS
from kiosk.receipts.model import (
    BiText,
    FeeItem,
    Hub,
    ReceiptData,
    ReceiptDataError,
    parse_qr_payload,
    qr_payload,
)
from kiosk.receipts.printers import PrintJob, keep_pdf, page_media, parse_escpos_uri, print_cups, save_pdf
from kiosk.receipts.receipt import render_receipt

__all__ = [
    "LAYOUTS", "BiText", "CertificateInvalid", "DayCloseData", "DayEntry", "FeeItem", "HandoverData", "Hub",
    "PrintJob", "ReceiptData", "ReceiptDataError", "build_job", "build_receipt_data", "format_datetime",
    "format_paise", "keep_pdf", "load_certificate", "page_media", "parse_escpos_uri", "parse_qr_payload", "print_certificate",
    "print_cups", "print_escpos", "qr_payload", "render_day_close", "render_handover", "render_receipt",
    "save_pdf",
]
