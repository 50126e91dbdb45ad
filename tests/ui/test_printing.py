"""Printing tells the truth: with no printer installed the receipt dialog says so and offers Save PDF,
never reporting a print; Save PDF puts a plain copy in the exports folder under a fresh name (no file
dialog, no "overwrite?"); the printer is our own choice (Settings' one, the only one, or our list), never
Qt's English print dialog."""

from __future__ import annotations

from typing import Any

import pytest

import kiosk.ui.printer_pick as printer_pick
from tests.ui.test_screens import saved_app


def receipt_dialog(qtbot: Any, ctx: Any) -> Any:
    from kiosk.ui.receipt_view import ReceiptDialog

    counter = ctx.use_cases()
    app = saved_app(ctx)
    receipts = counter.receipts
    dialog = ReceiptDialog(receipts, receipts.make(app), receipts.targets(), "operator1", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, app


def test_with_no_printer_nothing_is_reported_printed_and_save_pdf_is_offered(qtbot, ctx, monkeypatch) -> None:
    monkeypatch.setattr(printer_pick, "installed_printers", lambda: [])
    dialog, app = receipt_dialog(qtbot, ctx)
    assert dialog.choose_printer() is None  # no dialog of Qt's, no "Print to File"
    assert "No printer is installed" in dialog.message.text() and "Printed" not in dialog.message.text()
    assert dialog.save_button.isDefault()
    assert ctx.applications().print_count(app.uuid) == 0  # nothing recorded as printed
    dialog.save_as()
    qtbot.waitUntil(lambda: "Saved:" in dialog.message.text(), timeout=10_000)
    first = ctx.paths.exports / f"{app.receipt_number}.pdf"
    assert first.read_bytes().startswith(b"%PDF") and str(first) in dialog.message.text()
    dialog.save_as()  # a second copy gets its own name: no "overwrite?" question, nothing lost
    second = ctx.paths.exports / f"{app.receipt_number}-2.pdf"
    qtbot.waitUntil(second.exists, timeout=10_000)
    assert first.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("installed", "remembered", "listed"), [
    (["Counter-A4"], "", False),  # the only printer: used at once
    (["Counter-A4", "Office"], "Office", False),  # the one chosen in Settings, connected: used at once
    (["Counter-A4", "Office"], "Unplugged", True),  # several and the chosen one absent: our own list
])
def test_the_printer_is_our_own_choice(qtbot, monkeypatch, installed, remembered, listed) -> None:
    from PySide6.QtWidgets import QWidget

    monkeypatch.setattr(printer_pick, "installed_printers", lambda: list(installed))
    # Qt forgets a name no system queue holds (none exists here), so the queue asked for is noted.
    monkeypatch.setattr(printer_pick, "printer_named", lambda name: name)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[Any] = []
    picker = printer_pick.choose_printer(remembered, parent, chosen.append, lambda: chosen.append(None))
    assert (picker is not None) == listed
    if picker is not None:
        assert [picker.names.item(i).text() for i in range(picker.names.count())] == installed
        picker.names.setCurrentRow(1)
        picker.accept()
        assert chosen == [installed[1]]
    else:
        assert chosen == [remembered if remembered in installed else installed[0]]

def test_a_name_no_system_queue_holds_is_no_printer_not_a_pdf_file(qtbot) -> None:
    # Without the queue, Qt would quietly turn the QPrinter into a PDF writer ("Print to File").
    assert printer_pick.printer_named("No-Such-Queue-7") is None


def _printed_banner(qtbot: Any, dialog: Any, out: Any) -> int:
    """Print through the dialog to a PDF-writing QPrinter, then measure its DUPLICATE banner (0: none)."""
    import subprocess

    from PIL import Image
    from PySide6.QtPrintSupport import QPrinter

    from tests.receipts.helpers import banner_rows

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out.with_suffix(".pdf")))
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: not dialog.printing, timeout=20_000)
    assert "Printed" in dialog.message.text(), dialog.message.text()
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(out.with_suffix(".pdf")), str(out)],
                   check=True, timeout=60)
    with Image.open(out.with_suffix(".png")) as png:
        return banner_rows(png, share=0.6)


def test_save_pdf_is_not_paper_so_the_first_print_is_the_original_and_the_next_a_duplicate(qtbot, ctx,
                                                                                              tmp_path) -> None:
    from kiosk.store.receipt_copies import paper_count

    dialog, app = receipt_dialog(qtbot, ctx)
    dialog.save_as()
    qtbot.waitUntil(lambda: "Saved:" in dialog.message.text(), timeout=10_000)
    assert not ctx.use_cases().receipts.make(app).duplicate  # reopened after a save: still the original
    assert _printed_banner(qtbot, dialog, tmp_path / "first") < 5, "the first paper is the original"
    assert _printed_banner(qtbot, dialog, tmp_path / "second") > 10, "a second paper copy says DUPLICATE"
    assert paper_count(ctx.database(), app.uuid) == 2
