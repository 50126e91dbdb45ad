"""Day close: print the report (with the audit chain head on paper) and export the day's applications."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from kiosk.counter.login import Operator
from kiosk.security.verify import chain_head
from kiosk.ui.main_window import MainWindow
from tests.receipts.helpers import pdf_text
from tests.ui.test_screens import saved_app


def test_print_shows_the_audit_head_and_export_lists_the_day(qtbot, ctx, tmp_path: Path) -> None:
    kept = saved_app(ctx)
    voided = saved_app(ctx)
    ctx.applications().void(voided.uuid, "duplicate", actor="asha")
    window = MainWindow(ctx.use_cases(), Operator("asha", "Asha", "supervisor"))
    qtbot.addWidget(window)
    window.navigate("dayclose")
    page = window.pages["dayclose"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert [e.receipt_no for e in page.data.entries] == [kept.receipt_number]  # the voided fee was refunded
    head = chain_head(ctx.database())
    assert head and page.data.audit_head == head

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "close.pdf"))
    page.print_report(printer)
    qtbot.waitUntil(lambda: "1" in page.message.text() and "…" not in page.message.text(), timeout=20_000)
    pages = subprocess.run(["pdfinfo", str(tmp_path / "close.pdf")], capture_output=True, text=True, check=True)
    assert "Pages:" in pages.stdout
    saved = page.data  # the same report as PDF text: the head is printed in full, split over two lines
    from kiosk.receipts import render_day_close

    text = pdf_text(render_day_close(saved, "a4"), tmp_path).replace("\n", "")
    seq, _, mac = head.partition(":")
    assert f"{seq}:" in text and mac[:32] in text and mac[32:] in text

    page.export()
    out = ctx.paths.exports / f"applications-{page.data.day.isoformat()}.csv"
    qtbot.waitUntil(out.exists, timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["receipt_number"]: r["status"] for r in rows} == {kept.receipt_number: "queued",
                                                                voided.receipt_number: "voided"}
    assert next(r for r in rows if r["receipt_number"] == kept.receipt_number)["name_mr"] == kept.applicant.name_mr.full()
